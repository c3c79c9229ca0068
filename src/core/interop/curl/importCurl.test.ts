import { describe, expect, it } from 'vitest';
import type { RequestItem, RequestModel } from '../../model';
import { importAny } from '../importAny';
import { tokenize } from './tokenize';
import { ImportError } from '../importError';

function one(cmd: string, files: Record<string, string> = {}): { req: RequestModel; notes: { path: string; action: string; reason: string }[] } {
  const r = importAny(cmd, undefined, { readFile: (p) => (p in files ? new TextEncoder().encode(files[p]) : null) });
  return { req: (r.collections[0]!.items[0] as RequestItem).request, notes: r.report.notes };
}
const hdr = (r: RequestModel) => r.headers.map((h) => [h.key, h.value]);

describe('shell tokenizing', () => {
  it('handles quotes as bash does', () => {
    expect(tokenize(`curl 'a b' "c \\"d\\" \\$e" $'f\\tg\\n\\x41\\'' h\\ i`).words).toEqual(['curl', 'a b', 'c "d" $e', "f\tg\nA'", 'h i']);
  });
  it('joins line continuations and stops at the end of the command', () => {
    expect(tokenize('curl \\\n  -X POST \\\r\n  http://x\ncurl other').words).toEqual(['curl', '-X', 'POST', 'http://x']);
    expect(tokenize('curl http://x > out.txt').ignored).toEqual(['> out.txt']);
  });
});

describe('cURL import', () => {
  it('reads method, headers, URL and data', () => {
    const { req } = one(`curl -X PUT -H 'X-A: 1' -H 'Empty;' 'http://h.test/p?q=1' -d 'a=1' -d b=2`);
    expect(req.method).toBe('PUT');
    expect(req.url).toBe('http://h.test/p?q=1');
    expect(hdr(req)).toEqual([['X-A', '1'], ['Empty', ''], ['Content-Type', 'application/x-www-form-urlencoded']]);
    expect(req.body).toMatchObject({ mode: 'text', raw: 'a=1&b=2' });
    expect(req.settings.followRedirects).toBe(false);
  });

  it('understands every --data-urlencode form', () => {
    const { req } = one(`curl http://h.test --data-urlencode 'a b' --data-urlencode '=c&d' --data-urlencode 'n=x y' --data-urlencode @f.txt --data-urlencode 'm@f.txt'`, { 'f.txt': 'é!' });
    expect(req.body.raw).toBe('a+b&c%26d&n=x+y&%C3%A9%21&m=%C3%A9%21');
  });

  it('reads @file data the way curl does', () => {
    expect(one(`curl http://h.test -d @f.txt`, { 'f.txt': 'a\r\nb\n' }).req.body.raw).toBe('ab');
    const bin = one(`curl http://h.test --data-binary @f.bin`, { 'f.bin': 'x\n' }).req;
    expect(bin.body).toMatchObject({ mode: 'binary', binary: { path: 'f.bin' } });
    expect(one(`curl http://h.test --data-raw @lit`).req.body.raw).toBe('@lit');
  });

  it('maps -G, --url-query, --json, -I, -u, -b, -A, -e, --oauth2-bearer, -L, --compressed', () => {
    expect(one(`curl -G http://h.test/s -d q=1 --url-query 'x=a b' --url-query +raw=%20`).req).toMatchObject({ method: 'GET', url: 'http://h.test/s?x=a+b&raw=%20&q=1', body: { mode: 'none' } });
    const json = one(`curl --json '{"a":1}' http://h.test`).req;
    expect(json).toMatchObject({ method: 'POST', body: { mode: 'json', raw: '{"a":1}' } });
    expect(hdr(json)).toEqual([['Content-Type', 'application/json'], ['Accept', 'application/json']]);
    expect(one(`curl -I http://h.test`).req.method).toBe('HEAD');
    expect(one(`curl -u 'us:er:pw' http://h.test`).req.auth).toEqual({ type: 'basic', username: 'us', password: 'er:pw' });
    expect(one(`curl --digest -u u:p http://h.test`).req.auth).toEqual({ type: 'digest', username: 'u', password: 'p' });
    expect(one(`curl --oauth2-bearer tok http://h.test`).req.auth).toEqual({ type: 'bearer', token: 'tok' });
    const misc = one(`curl -sSL -b 'a=1' -b 'b=2' -A 'Agent/1' -e 'http://ref.test' --compressed http://h.test`).req;
    expect(hdr(misc)).toEqual([['User-Agent', 'Agent/1'], ['Referer', 'http://ref.test'], ['Accept-Encoding', 'deflate, gzip, br, zstd'], ['Cookie', 'a=1;b=2']]);
    expect(misc.settings.followRedirects).toBe(true);
  });

  it('reads -F forms, --form-string and squished short options', () => {
    const { req } = one(`curl -XPOST http://h.test -F 'a=1' -F 'f=@dir/pic.png;type=image/x-test;filename=p.png' -F 'g=@doc.json' -F 't=<in.txt' --form-string 'lit=@not-a-file'`, { 'in.txt': 'from file' });
    expect(req.body.multipart.map((f) => [f.key, f.kind, f.value, f.file?.name, f.file?.path, f.contentType ?? f.file?.type])).toEqual([
      ['a', 'text', '1', undefined, undefined, undefined],
      ['f', 'file', '', 'p.png', 'dir/pic.png', 'image/x-test'],
      ['g', 'file', '', 'doc.json', 'doc.json', 'application/octet-stream'],
      ['t', 'text', 'from file', undefined, undefined, undefined],
      ['lit', 'text', '@not-a-file', undefined, undefined, undefined],
    ]);
    expect(one(`curl -did=1234 http://h.test`).req.body.raw).toBe('id=1234');
    expect(one(`curl --sil --compr --data-r x http://h.test`)).toMatchObject({ notes: [{ path: '--sil', action: 'skipped' }], req: { body: { raw: 'x' }, headers: [{ key: 'Accept-Encoding' }, { key: 'Content-Type' }] } });
  });

  it('reports unsupported and output-only flags by name, never silently', () => {
    const { req, notes } = one(`curl -k --proxy http://p:1 -o out.txt --http2 -v http://h.test/x`);
    expect(req.url).toBe('http://h.test/x');
    expect(notes.map((n) => n.path)).toEqual(['-k', '--proxy', '-o', '--http2', '-v']);
    expect(notes.find((n) => n.path === '--proxy')!.reason).toMatch(/not supported/);
  });

  it('adds http:// when the URL has no scheme, and rejects a command without URL', () => {
    expect(one('curl h.test/a').req.url).toBe('http://h.test/a');
    expect(() => importAny('curl -X POST')).toThrow(/no URL/);
  });
});

describe('malformed commands are refused with a message, never a crash', () => {
  it('a \\U escape past the last Unicode character', () => {
    expect(() => importAny("curl $'\\Ufe3a11' http://x/")).toThrow(ImportError);
    expect(() => importAny("curl $'\\Ufe3a11' http://x/")).toThrow(/past the last Unicode character/);
  });
  it('a lone surrogate in --data-urlencode', () => {
    expect(() => importAny(`curl http://x/ --data-urlencode 'a${'\ud800'}b'`)).toThrow(/not valid Unicode/);
  });
});
