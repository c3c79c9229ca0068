import { describe, expect, it } from 'vitest';
import type { Collection, CollectionItem, Folder, RequestModel } from '../../model';
import { importAny } from '../importAny';
import { postmanFixture } from '../testing/fixtures';
import { exportPostmanCollection, exportPostmanEnvironment } from './exportCollection';
import { v21Collection, v21Environment } from './v21Schema';

/** A request without ids, as compared across a round trip. */
function comparable(r: RequestModel): unknown {
  const strip = <T extends { id?: string }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  return {
    name: r.name, method: r.method, url: r.url, params: strip(r.params), pathVariables: strip(r.pathVariables), headers: strip(r.headers), auth: r.auth,
    body: { ...r.body, urlencoded: strip(r.body.urlencoded), multipart: r.body.multipart.map(({ id: _id, file, ...rest }) => ({ ...rest, file: file && { name: file.name, path: file.path } })), binary: r.body.binary && { name: r.body.binary.name, path: r.body.binary.path } },
    description: r.description, events: r.events, examples: r.examples?.map(({ id: _id, ...rest }) => rest),
  };
}
function shape(items: CollectionItem[]): unknown[] {
  return items.map((i) => (i.kind === 'request' ? comparable(i.request) : { folder: i.name, auth: i.auth, variables: i.variables.map((v) => [v.key, v.value, v.secret]), events: i.events, items: shape(i.items) }));
}

describe('Postman v2.1 export', () => {
  const imported = importAny(JSON.stringify(postmanFixture('http://example.test'))).collections[0]!;

  it('is valid against the v2.1 schema', () => {
    const out = exportPostmanCollection(imported);
    const parsed = v21Collection.safeParse(out);
    expect(parsed.success ? 'valid' : parsed.error.issues).toBe('valid');
  });

  it('round trips: import → export → import gives the same requests, folders and scripts', () => {
    const again = importAny(JSON.stringify(exportPostmanCollection(imported, { includeSecrets: true }))).collections[0]!;
    expect(shape(again.items)).toEqual(shape(imported.items));
    expect(again.auth).toEqual(imported.auth);
    expect(again.events).toEqual(imported.events);
    expect(again.variables.map((v) => [v.key, v.value, v.secret])).toEqual(imported.variables.map((v) => [v.key, v.value, v.secret]));
  });

  it('keeps secret values out unless asked', () => {
    const out = exportPostmanCollection(imported) as { variable: { key: string; value: string }[] };
    expect(out.variable.find((v) => v.key === 'token')!.value).toBe('');
    expect(out.variable.find((v) => v.key === 'user')!.value).toBe('alice');
  });

  it('writes URL parts that Postman builds the request from', () => {
    const out = exportPostmanCollection(imported) as { item: { item: { item: { request: { url: Record<string, unknown> } }[] }[] }[] };
    const url = out.item[0]!.item[0]!.item[0]!.request.url;
    expect(url).toMatchObject({ protocol: 'http', host: ['example', 'test'], path: ['sandbox', 'anything', ':id'], variable: [{ key: 'id', value: '42' }] });
    expect(url.query).toEqual([{ key: 'a', value: '1' }, { key: 'off', value: 'x', disabled: true }, { key: 'section', value: '{{section}}' }]);
  });

  it('exports environments', () => {
    const env = { id: 'e', name: 'dev', variables: [{ id: '1', key: 'a', value: '1', enabled: true, secret: false }, { id: '2', key: 's', value: 'x', enabled: false, secret: true }] };
    const out = exportPostmanEnvironment(env);
    expect(v21Environment.safeParse(out).success).toBe(true);
    const back = importAny(JSON.stringify(out)).environments[0]!;
    expect(back.variables.map((v) => [v.key, v.value, v.enabled, v.secret])).toEqual([['a', '1', true, false], ['s', '', false, true]]);
  });

  it('round trips OpenAPI and cURL imports too', () => {
    const curl = importAny(`curl -X PATCH 'http://h.test/a?b=1' -H 'X: y' --data-raw '{"a":1}' -H 'Content-Type: application/json'`).collections[0]!;
    const back = importAny(JSON.stringify(exportPostmanCollection(curl))).collections[0]!;
    const strip = (c: Collection) => shape(c.items).map((r) => ({ ...(r as object), name: undefined }));
    expect(strip(back)).toEqual(strip(curl));
    expect((back.items[0] as Folder | { request: RequestModel }) && (back.items[0] as { request: RequestModel }).request.settings.followRedirects).toBe(false);
  });
});
