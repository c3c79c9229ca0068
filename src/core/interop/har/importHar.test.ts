import { describe, expect, it } from 'vitest';
import type { RequestItem } from '../../model';
import { importAny } from '../importAny';

const har = {
  log: {
    version: '1.2', creator: { name: 'Chrome' },
    entries: [
      { request: { method: 'GET', url: 'https://a.test/p?x=1&y=2', httpVersion: 'h2', headers: [{ name: ':authority', value: 'a.test' }, { name: ':method', value: 'GET' }, { name: 'accept', value: '*/*' }], queryString: [] } },
      { request: { method: 'POST', url: 'https://a.test/f', headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }, { name: 'Content-Length', value: '7' }], postData: { mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'a', value: 'b c' }] } } },
      { request: { method: 'POST', url: 'https://a.test/j', headers: [], postData: { mimeType: 'application/json', text: '{"a":1}' } } },
      { request: { method: 'POST', url: 'https://a.test/m', headers: [{ name: 'content-type', value: 'multipart/form-data; boundary=X' }], postData: { mimeType: 'multipart/form-data; boundary=X', params: [{ name: 't', value: 'v' }, { name: 'f', fileName: 'a.png', contentType: 'image/png' }] } } },
    ],
  },
};

describe('HAR import', () => {
  const r = importAny(JSON.stringify(har));
  const reqs = r.collections[0]!.items.map((i) => (i as RequestItem).request);

  it('turns every entry into a request and drops HTTP/2 pseudo-headers', () => {
    expect(r.report.imported.requests).toBe(4);
    expect(reqs[0]!.headers.map((h) => h.key)).toEqual(['accept']);
    expect(reqs[0]!.params.map((p) => [p.key, p.value])).toEqual([['x', '1'], ['y', '2']]);
  });

  it('maps bodies and drops the captured Content-Length', () => {
    expect(reqs[1]!.headers.map((h) => h.key)).toEqual(['Content-Type']);
    expect(reqs[1]!.body.urlencoded.map((f) => [f.key, f.value])).toEqual([['a', 'b c']]);
    expect(reqs[2]!.body).toMatchObject({ mode: 'json', raw: '{"a":1}' });
    expect(reqs[2]!.headers.map((h) => [h.key, h.value])).toEqual([['Content-Type', 'application/json']]);
    expect(reqs[3]!.body.multipart.map((f) => [f.key, f.kind])).toEqual([['t', 'text'], ['f', 'file']]);
    expect(reqs[3]!.headers).toEqual([]);
    expect(r.report.notes[0]).toMatchObject({ path: 'log.entries[3].request.postData.params', action: 'changed' });
  });

  it('rejects a truncated file and a wrong shape with a path', () => {
    expect(() => importAny('{"log": {"entries": [')).toThrow(/^The text ends early, at line 1: the JSON is cut off/);
    expect(() => importAny(JSON.stringify({ log: { entries: [{ request: { method: 'GET' } }] } }))).toThrow(/^not a valid HAR file: .* \(at log\.entries\[0\]\.request\.url\)$/);
  });
});
