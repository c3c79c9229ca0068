import { describe, expect, it } from 'vitest';
import type { CollectionItem, Folder, RequestModel } from '../../model';
import { importAny } from '../importAny';
import { postmanFixture } from '../testing/fixtures';
import { ImportError } from '../importError';

function requests(items: CollectionItem[]): RequestModel[] {
  return items.flatMap((i) => (i.kind === 'request' ? [i.request] : requests(i.items)));
}

describe('Postman collection import', () => {
  const result = importAny(JSON.stringify(postmanFixture('http://example.test')));
  const c = result.collections[0]!;
  const all = requests(c.items);
  const byName = (n: string) => all.find((r) => r.name === n)!;

  it('counts what it imported', () => {
    expect(result.report.format).toBe('postman-collection');
    expect(result.report.source).toBe('Postman collection v2.1');
    expect(result.report.imported).toMatchObject({ collections: 1, folders: 2, requests: 11, examples: 1 });
  });

  it('keeps folders, collection/folder auth and variables', () => {
    expect(c.auth).toEqual({ type: 'basic', username: '{{user}}', password: 'p@ss' });
    expect(c.description).toBe('Top **level**');
    expect(c.variables.find((v) => v.key === 'token')?.secret).toBe(true);
    const outer = c.items[0] as Folder;
    expect(outer.kind).toBe('folder');
    expect(outer.auth).toEqual({ type: 'bearer', token: '{{token}}' });
    const inner = outer.items[0] as Folder;
    expect(inner.variables[0]).toMatchObject({ key: 'section', value: 'inner' });
    expect(byName('Query and path').auth).toEqual({ type: 'inherit' });
    expect(byName('No auth').auth).toEqual({ type: 'none' });
  });

  it('keeps disabled params and headers disabled, and path variables', () => {
    const r = byName('Query and path');
    expect(r.url).toBe('http://example.test/sandbox/anything/:id?a=1&section={{section}}');
    expect(r.params.map((p) => [p.key, p.enabled])).toEqual([['a', true], ['off', false], ['section', true]]);
    expect(r.headers.map((h) => [h.key, h.enabled])).toEqual([['X-On', true], ['X-Off', false]]);
    expect(r.pathVariables.map((p) => [p.key, p.value])).toEqual([['id', '42']]);
    expect(r.examples?.[0]).toMatchObject({ name: 'ok', status: 200, body: '{"ok":true}' });
  });

  it('maps every body mode', () => {
    expect(byName('Raw JSON').body.mode).toBe('json');
    expect(byName('Raw text').body.mode).toBe('text');
    expect(byName('Raw XML').body.mode).toBe('xml');
    const form = byName('Urlencoded').body;
    expect(form.mode).toBe('urlencoded');
    expect(form.urlencoded.map((f) => [f.key, f.value, f.enabled])).toEqual([['a b', 'c&d', true], ['skip', '1', false], ['u', '{{user}}', true]]);
    const mp = byName('Multipart').body;
    expect(mp.mode).toBe('multipart');
    expect(mp.multipart.map((f) => [f.key, f.kind, f.enabled, f.file?.path])).toEqual([['text', 'text', true, undefined], ['file', 'file', true, 'upload.txt'], ['off', 'text', false, undefined]]);
    expect(byName('GraphQL').body).toMatchObject({ mode: 'graphql', graphql: { query: 'query { me { id } }', variables: '{"a":1}' } });
    expect(byName('File body').body).toMatchObject({ mode: 'binary', binary: { name: 'upload.txt', path: 'upload.txt' } });
    expect(byName('API key query').auth).toEqual({ type: 'apikey', key: 'api_key', value: 'k 9', in: 'query' });
  });

  it('keeps scripts line for line; they run, so the report has nothing to say about them', () => {
    expect(byName('Raw JSON').events).toEqual([{ listen: 'test', exec: ['pm.test("x", () => {})'] }]);
    expect(c.events?.[0]?.listen).toBe('prerequest');
    const inactive = result.report.notes.filter((n) => n.action === 'inactive').map((n) => n.path);
    expect(inactive).toEqual([]);
  });

  it('handles src as array or missing, v2.0 auth objects, string headers and string requests', () => {
    const data = {
      info: { name: 'odd', schema: 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json' },
      item: [
        { name: 'files', request: { method: 'POST', url: 'http://x.test', header: 'A: 1\n//B: 2', body: { mode: 'formdata', formdata: [{ key: 'many', type: 'file', src: ['a.png', 'b.png'] }, { key: 'none', type: 'file' }] } } },
        { name: 'v20 auth', request: { url: 'http://x.test', auth: { type: 'basic', basic: { username: 'u', password: 'p' } } } },
        { name: 'bare', request: 'http://x.test/bare?q=1' },
        { name: 'oauth', request: { url: 'http://x.test', auth: { type: 'oauth2', oauth2: [] } } },
        { name: 'oauth token', request: { url: 'http://x.test', auth: { type: 'oauth2', oauth2: [{ key: 'accessToken', value: 'at-1' }, { key: 'addTokenTo', value: 'header' }] } } },
      ],
    };
    const r = importAny(JSON.stringify(data));
    const reqs = requests(r.collections[0]!.items);
    expect(reqs[0]!.body.multipart.map((f) => [f.key, f.file?.name])).toEqual([['many', 'a.png'], ['many', 'b.png'], ['none', undefined]]);
    expect(reqs[0]!.headers.map((h) => [h.key, h.value, h.enabled])).toEqual([['A', '1', true], ['B', '2', false]]);
    expect(reqs[1]!.auth).toEqual({ type: 'basic', username: 'u', password: 'p' });
    expect(reqs[2]!.params.map((p) => p.key)).toEqual(['q']);
    expect(reqs[3]!.auth).toMatchObject({ type: 'oauth2', grant: 'authorization_code', pkce: false, in: 'header' });
    expect(reqs[4]!.auth).toMatchObject({ type: 'oauth2', accessToken: 'at-1' });
    expect(r.report.notes).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'item[0].request.body.formdata[1]', action: 'changed' }),
    ]));
    expect(r.report.notes.filter((n) => n.path.includes('auth'))).toEqual([]);
  });

  it('rejects a malformed collection naming the path', () => {
    const bad = { info: { name: 'bad', schema: 'v2.1.0' }, item: [{ name: 'f', item: [{ name: 'r', request: { url: 'http://x', body: { mode: 5 } } }] }] };
    expect(() => importAny(JSON.stringify(bad))).toThrow(/^bad \/ f \/ r: not a valid Postman collection: .* \(at item\[0\]\.item\[0\]\.request(\.body)?.*\)$/);
  });

  it('imports v1 collections', () => {
    const v1 = {
      id: 'c1', name: 'old', order: ['r2'], folders: [{ id: 'f1', name: 'F', order: ['r1'] }],
      requests: [
        { id: 'r1', name: 'one', url: 'http://x.test/1', method: 'POST', headers: 'A: b', dataMode: 'urlencoded', data: [{ key: 'k', value: 'v', type: 'text' }] },
        { id: 'r2', name: 'two', url: 'http://x.test/2', method: 'PUT', headers: '', dataMode: 'raw', rawModeData: 'hi' },
      ],
    };
    const r = importAny(JSON.stringify(v1));
    expect(r.report.source).toBe('Postman collection v1');
    const f = r.collections[0]!.items[0] as Folder;
    expect(f.name).toBe('F');
    expect((f.items[0] as { request: RequestModel }).request.body.urlencoded[0]).toMatchObject({ key: 'k', value: 'v' });
    expect((r.collections[0]!.items[1] as { request: RequestModel }).request).toMatchObject({ method: 'PUT', body: { mode: 'text', raw: 'hi' } });
  });
});

describe('Postman environments and globals', () => {
  it('reads enabled:false and disabled:true, secrets, duplicates', () => {
    const env = { name: 'dev', values: [{ key: 'a', value: '1', enabled: false }, { key: 'b', value: 2, disabled: true }, { key: 'c', value: 's', type: 'secret' }, { key: 'c', value: 't' }], _postman_variable_scope: 'environment' };
    const r = importAny(JSON.stringify(env));
    expect(r.report.format).toBe('postman-environment');
    expect(r.environments[0]!.variables.map((v) => [v.key, v.value, v.enabled, v.secret])).toEqual([['a', '1', false, false], ['b', '2', false, false], ['c', 's', true, true], ['c', 't', true, false]]);
    expect(r.report.notes[0]).toMatchObject({ path: 'values[3]', action: 'changed' });
  });

  it('reads globals files, bare arrays included', () => {
    expect(importAny(JSON.stringify({ name: 'g', values: [{ key: 'x', value: '1' }], _postman_variable_scope: 'globals' })).globals[0]).toMatchObject({ key: 'x', value: '1' });
    const bare = importAny(JSON.stringify([{ key: 'y', value: '2', enabled: true }]));
    expect(bare.report.format).toBe('postman-globals');
    expect(bare.globals[0]).toMatchObject({ key: 'y', value: '2' });
  });
});

describe('Postman v1 written by anyone', () => {
  it('a folder that contains itself is refused with its name, not a stack overflow', () => {
    const cyclic = '{"folders":[{"folders_order":["F2"]},{"folders_order":["F2"],"id":"F2","name":"Loop"}],"requests":[]}';
    expect(() => importAny(cyclic)).toThrow(ImportError);
    expect(() => importAny(cyclic)).toThrow(/"Loop" contains itself/);
  });
  it('request data that is not a list is read as no fields', () => {
    expect(importAny('{"requests":[{"id":"r","url":"http://x/","dataMode":"params","data":{}}]}').report.imported.requests).toBe(1);
  });
});
