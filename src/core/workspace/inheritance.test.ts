import { describe, expect, it } from 'vitest';
import { buildCollections } from './tree';
import { buildVariableScopes, chainForNode, describeAuthSource, effectiveAuthFor, effectiveAuthForEdited } from './inheritance';
import { collectionNode, folderNode, requestNode, variable } from './testing/fixtures';
import type { StoredNode } from '../model';
import { newRequest } from '../model';

const nodes = (): StoredNode[] => [
  collectionNode('c', { auth: { type: 'bearer', token: '{{token}}' }, variables: [variable('base', 'https://c')] }),
  folderNode('f1', 'c', 'c', 1, { type: 'basic', username: 'u', password: 'p' }, [variable('base', 'https://f1')]),
  folderNode('f2', 'f1', 'c', 1, { type: 'inherit' }, [variable('id', '7')]),
  folderNode('f3', 'c', 'c', 2, { type: 'none' }),
  requestNode('deep', 'f2', 'c', 1),
  requestNode('own', 'f2', 'c', 2, { type: 'apikey', key: 'X-Key', value: 'k', in: 'header' }),
  requestNode('top', 'c', 'c', 3),
  requestNode('stopped', 'f3', 'c', 1),
];

describe('effective auth (Postman rule)', () => {
  const collection = buildCollections(nodes())[0]!;

  it('inherits from the nearest folder that sets auth', () => {
    const result = effectiveAuthFor(collection, 'deep');
    expect(result?.auth).toEqual({ type: 'basic', username: 'u', password: 'p' });
    expect(result?.source).toEqual({ kind: 'folder', id: 'f1', name: 'Folder f1' });
    expect(describeAuthSource(result!, 'deep')).toBe('Auth inherited from folder Folder f1');
  });

  it("uses the request's own auth", () => {
    expect(effectiveAuthFor(collection, 'own')?.source.kind).toBe('request');
  });

  it('inherits from the collection', () => {
    expect(effectiveAuthFor(collection, 'top')?.source).toEqual({ kind: 'collection', id: 'c', name: 'Collection c' });
  });

  it('stops at a folder that says no auth', () => {
    const result = effectiveAuthFor(collection, 'stopped');
    expect(result?.auth).toEqual({ type: 'none' });
    expect(result?.source.id).toBe('f3');
  });

  it('returns null for a request not in the collection', () => {
    expect(effectiveAuthFor(collection, 'nope')).toBeNull();
  });

  it('uses the edited request auth with the saved parents', () => {
    const edited = newRequest({ id: 'deep', auth: { type: 'inherit' } });
    expect(effectiveAuthForEdited(nodes(), edited).source.id).toBe('f1');
    const unsaved = newRequest({ id: 'unsaved' });
    expect(effectiveAuthForEdited(nodes(), unsaved).source.kind).toBe('none');
  });
});

describe('variable scopes', () => {
  it('orders collection then folders outermost first, with globals and environment', () => {
    const scopes = buildVariableScopes({
      globals: [variable('g', '1')],
      environment: [variable('base', 'https://env')],
      chain: chainForNode(nodes(), 'deep'),
    });
    expect(scopes.globals.map((v) => v.key)).toEqual(['g']);
    expect(scopes.collection.map((level) => level.map((v) => v.value))).toEqual([['https://c'], ['https://f1'], ['7']]);
    expect(scopes.environment[0]?.value).toBe('https://env');
    expect(scopes.request).toBeUndefined();
  });

  it('an unsaved request only gets globals and environment', () => {
    const scopes = buildVariableScopes({ globals: [], environment: [], chain: chainForNode(nodes(), 'unsaved') });
    expect(scopes.collection).toEqual([]);
  });
});
