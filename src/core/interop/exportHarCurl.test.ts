import { describe, expect, it } from 'vitest';
import { exportCurl } from './curl/exportCurl';
import { shellQuote } from './curl/shellQuote';
import { tokenize } from './curl/tokenize';
import { exportHar } from './har/exportHar';
import { importAny } from './importAny';
import { prepareAll } from './prepareAll';
import { postmanFixture } from './testing/fixtures';
import type { RequestItem } from '../model';

const files = async () => new TextEncoder().encode('file-bytes\n');

describe('HAR export', () => {
  it('writes every request prepared, in order, and reads back as the same requests', async () => {
    const c = importAny(JSON.stringify(postmanFixture('http://example.test'))).collections[0]!;
    const items = await prepareAll(c, { fileResolver: files, boundary: 'B0UNDARY' });
    const prepared = items.map((i) => i.prepared!);
    const har = exportHar(prepared) as { log: { version: string; entries: { request: { method: string; url: string; headers: { name: string; value: string }[]; postData?: { text: string } } }[] } };
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries.map((e) => e.request.url)).toEqual(prepared.map((p) => p.url));
    const first = har.log.entries[0]!.request;
    expect(first.url).toBe('http://example.test/sandbox/anything/42?a=1&section=inner');
    expect(first.headers).toContainEqual({ name: 'Authorization', value: 'Bearer s3cret' });
    const json = har.log.entries.find((e) => e.request.url.endsWith('/json'))!.request;
    expect(json.postData!.text).toBe('{"user": "alice", "n": 1}');
    const back = importAny(JSON.stringify(har));
    const reqs = back.collections[0]!.items.map((i) => (i as RequestItem).request);
    const again = await prepareAll(back.collections[0]!, { fileResolver: files, boundary: 'B0UNDARY' });
    again.forEach((a, i) => {
      expect(a.prepared!.method).toBe(prepared[i]!.method);
      expect(a.prepared!.url).toBe(prepared[i]!.url);
    });
    expect(reqs.find((r) => r.url.endsWith('/json'))!.body.raw).toBe('{"user": "alice", "n": 1}');
  });
});

describe('cURL export', () => {
  it('quotes so that bash gives back the same words', () => {
    for (const w of ['plain', '', "it's", 'a b', '$HOME', 'line\nbreak\ttab', '"q"', 'back\\slash', '{{var}}', '!bang']) {
      expect(tokenize(`curl ${shellQuote(w)}`).words).toEqual(['curl', w]);
    }
  });

  it('gives a command that imports back to the same prepared request', async () => {
    const c = importAny(JSON.stringify(postmanFixture('http://example.test'))).collections[0]!;
    const items = await prepareAll(c, { fileResolver: files, boundary: 'B0UNDARY' });
    for (const item of items) {
      const p = item.prepared!;
      const cmd = exportCurl(p);
      const back = importAny(cmd, undefined, { readFile: () => new TextEncoder().encode('file-bytes\n') }).collections[0]!;
      const [again] = await prepareAll(back, { fileResolver: files, boundary: 'B0UNDARY' });
      expect(again!.prepared!.method, cmd).toBe(p.method);
      expect(again!.prepared!.url, cmd).toBe(p.url);
      if (p.bodyDescription.mode !== 'multipart') expect(again!.prepared!.body, cmd).toEqual(p.body);
      else expect(again!.prepared!.bodyDescription, cmd).toMatchObject({ mode: 'multipart', fields: p.bodyDescription.fields.map((f) => ('file' in f ? { name: f.name, file: { name: f.file.name } } : { name: f.name, value: f.value })) });
    }
  });
});
