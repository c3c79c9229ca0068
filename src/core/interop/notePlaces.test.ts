import { describe, expect, it } from 'vitest';
import { importAny } from './importAny';

/** The report names a place as the tree will show it, with the file position kept as a detail. */
describe('import notes are named by collection, folder and request', () => {
  it('Postman: nested folders, an unnamed request and the collection itself', () => {
    const data = {
      info: { name: 'My API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      auth: { type: 'asap', asap: [] },
      item: [
        {
          name: 'users',
          item: [
            { name: 'admin', item: [{ name: 'Create user', request: { url: 'http://x.test/u', method: 'POST', auth: { type: 'asap' } } }] },
            { request: { url: 'http://x.test/unnamed', auth: { type: 'akamai' } } },
          ],
        },
      ],
    };
    const notes = importAny(JSON.stringify(data)).report.notes.map((n) => [n.where, n.path]);
    expect(notes).toEqual([
      ['My API', 'auth'],
      ['My API / users / admin / Create user', 'item[0].item[0].item[0].request.auth'],
      ['My API / users / http://x.test/unnamed', 'item[0].item[1].request.auth'],
    ]);
  });

  it('OpenAPI: title, tag and operation summary', () => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 'Pets', version: '1' },
      servers: [{ url: 'http://x.test' }],
      paths: { '/pets/v1.0': { get: { tags: ['pets'], summary: 'List pets', security: [{ nope: [] }], responses: {} } } },
    };
    const note = importAny(JSON.stringify(spec)).report.notes.find((n) => n.path.endsWith('.security'));
    expect(note).toMatchObject({ where: 'Pets / pets / List pets', path: 'paths./pets/v1.0.get.security' });
  });

  it('HAR: the entry by method and address; Postman environment: by its name and key', () => {
    const har = { log: { version: '1.2', creator: { name: 'Chrome' }, entries: [{ request: { method: 'get', url: '/relative', headers: [] }, response: {} }] } };
    expect(importAny(JSON.stringify(har)).report.notes[0]).toMatchObject({ where: 'HAR from Chrome / GET /relative', path: 'log.entries[0].request.url' });
    const env = { name: 'Staging', values: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] };
    expect(importAny(JSON.stringify(env)).report.notes[0]).toMatchObject({ where: 'Staging / a', path: 'values[1]' });
  });
});
