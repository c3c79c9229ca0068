import { describe, expect, it } from 'vitest';
import { readRecord } from './migrations';
import { WORKSPACE_SCHEMA_VERSION } from '../model';
import { bytesToBase64 } from '../encoding';
import { collectionNode, requestNode } from './testing/fixtures';

describe('record migrations v1 → v2', () => {
  it('node: index becomes a fractional order, variables gain id and secret, missing auth is inherit', () => {
    const v1 = {
      schemaVersion: 1,
      kind: 'folder',
      id: 'f',
      parentId: 'c',
      collectionId: 'c',
      index: 2,
      updatedAt: 5,
      name: 'Folder',
      variables: [{ key: 'a', value: '1', disabled: true }],
    };
    const result = readRecord('node', v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(result.value).toMatchObject({
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      order: 3 * 1024,
      auth: { type: 'inherit' },
      variables: [{ id: 'f-v0', key: 'a', value: '1', enabled: false, secret: false }],
    });
    expect('index' in result.value).toBe(false);
  });

  it('node: a v1 collection without auth gets none; a record without schemaVersion is read as v1', () => {
    const { schemaVersion: _drop, order: _order, auth: _auth, ...rest } = collectionNode('c');
    const result = readRecord('node', { ...rest, index: 0 });
    expect(result.ok && result.value.kind === 'collection' && result.value.auth).toEqual({ type: 'none' });
  });

  it('node: a v1 request keeps its request', () => {
    const { order: _order, ...rest } = requestNode('r', 'c', 'c', 0);
    const result = readRecord('node', { ...rest, schemaVersion: 1, index: 4 });
    expect(result.ok && result.value.kind === 'request' && result.value.request.url).toBe('https://api.test/r');
    expect(result.ok && result.value.order).toBe(5 * 1024);
  });

  it('environment: Postman-like values with type secret become variables', () => {
    const result = readRecord('environment', {
      schemaVersion: 1,
      id: 'globals',
      name: 'Globals',
      updatedAt: 1,
      values: [
        { key: 'token', value: 's3cret', enabled: true, type: 'secret' },
        { key: 'host', value: 'h', enabled: true, type: 'default' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe('globals');
    expect(result.value.variables.map((v) => [v.key, v.secret])).toEqual([
      ['token', true],
      ['host', false],
    ]);
  });

  it('history head: time becomes durationMs', () => {
    const result = readRecord('historyHead', { schemaVersion: 1, id: 'h', createdAt: 1, method: 'GET', url: 'u', status: 200, time: 12 });
    expect(result.ok && result.value.durationMs).toBe(12);
  });

  it('history entry: bodyCut is derived from truncated', () => {
    const result = readRecord('historyEntry', {
      schemaVersion: 1,
      id: 'h',
      createdAt: 1,
      request: requestNode('r', 'c', 'c', 1).request,
      prepared: { method: 'GET', url: 'u', headers: [], bodySize: 0 },
      response: { status: 200, statusText: 'OK', headers: [], bodySize: 10, truncated: true },
    });
    expect(result.ok && result.value.response?.bodyCut).toBe(true);
  });

  it('history body: base64 text becomes bytes', () => {
    const result = readRecord('historyBody', {
      schemaVersion: 1,
      id: 'h',
      base64: bytesToBase64(new Uint8Array([1, 2, 3])),
      cut: false,
      size: 3,
    });
    expect(result.ok && Array.from(result.value.bytes)).toEqual([1, 2, 3]);
    expect(result.ok && result.value.fullSize).toBe(3);
  });

  it('current records are not marked migrated', () => {
    const result = readRecord('node', collectionNode('c'));
    expect(result.ok && result.migrated).toBe(false);
  });

  it.each([
    ['a string', 'garbage', /Not a record/],
    ['null', null, /Not a record/],
    ['a newer version', { ...collectionNode('c'), schemaVersion: 99 }, /newer Reqlab/],
    ['a broken version', { ...collectionNode('c'), schemaVersion: 'x' }, /schemaVersion/],
    ['a missing field', { ...collectionNode('c'), name: 5 }, /name/],
    ['an unknown auth', { ...collectionNode('c'), auth: { type: 'magic' } }, /auth/],
  ])('refuses %s with a reason', (_label, raw, reason) => {
    const result = readRecord('node', raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
