import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../startServer';
import { startUpstream, type Upstream } from '../testkit/upstream';
import { relay, relayRequest } from '../testkit/relayCall';

let server: RunningServer;
let a: Upstream;
let b: Upstream;

const echo = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, body: Buffer) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: body.toString() }));
};

beforeAll(async () => {
  b = await startUpstream({ '/echo': echo });
  a = await startUpstream({
    '/echo': echo,
    '/chain': (req, res) => {
      const n = Number(new URL(req.url!, 'http://x').searchParams.get('n'));
      res.writeHead(302, { Location: n > 1 ? `/chain?n=${n - 1}` : '/echo', 'X-Hop': String(n) });
      res.end();
    },
    '/to': (req, res) => {
      const q = new URL(req.url!, 'http://x').searchParams;
      res.writeHead(Number(q.get('status')), { Location: q.get('where')! });
      res.end('moved');
    },
    '/loop': (_req, res) => {
      res.writeHead(301, { Location: '/loop' });
      res.end();
    },
  });
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await a.close();
  await b.close();
});

type Echo = { method: string; url: string; headers: Record<string, string>; body: string };
const parse = (body: Uint8Array) => JSON.parse(Buffer.from(body).toString()) as Echo;

describe('relay redirects', () => {
  it('follows and reports every hop', async () => {
    const { head, body } = await relay(server, relayRequest({ url: `${a.origin}/chain?n=3` }));
    expect(head.status).toBe(200);
    expect(head.url).toBe(`${a.origin}/echo`);
    expect(head.redirects.map((h) => [h.status, h.url, h.location])).toEqual([
      [302, `${a.origin}/chain?n=3`, '/chain?n=2'],
      [302, `${a.origin}/chain?n=2`, '/chain?n=1'],
      [302, `${a.origin}/chain?n=1`, '/echo'],
    ]);
    expect(head.redirects[0]!.headers).toContainEqual(['X-Hop', '3']);
    expect(head.redirects[0]!.statusText).toBe('Found');
    expect(parse(body).url).toBe('/echo');
  });

  it('honours maxRedirects', async () => {
    const { head } = await relay(server, relayRequest({ url: `${a.origin}/chain?n=3`, maxRedirects: 2 }));
    expect(head.error?.code).toBe('TOO_MANY_REDIRECTS');
    expect(head.redirects).toHaveLength(2);
    const ok = await relay(server, relayRequest({ url: `${a.origin}/chain?n=3`, maxRedirects: 3 }));
    expect(ok.head.status).toBe(200);
  });

  it('stops a redirect loop', async () => {
    const { head } = await relay(server, relayRequest({ url: `${a.origin}/loop` }));
    expect(head.error?.code).toBe('TOO_MANY_REDIRECTS');
    expect(head.error?.message).toMatch(/redirect/i);
    expect(head.redirects).toHaveLength(10);
  });

  it('explains a redirect to an invalid Location', async () => {
    const { head } = await relay(server, relayRequest({ url: `${a.origin}/to?status=302&where=${encodeURIComponent('http://[bad')}` }));
    expect(head.error?.message).toMatch(/not a valid URL/);
  });

  it('returns the 302 itself when not following', async () => {
    const { head, body } = await relay(server, relayRequest({ url: `${a.origin}/chain?n=1`, followRedirects: false }));
    expect(head.status).toBe(302);
    expect(head.headers).toContainEqual(['Location', '/echo']);
    expect(head.redirects).toEqual([]);
    expect(body.length).toBe(0);
  });

  it.each([301, 302, 303])('turns POST into a body-less GET on %i', async (status) => {
    const { head, body } = await relay(
      server,
      relayRequest({
        method: 'POST',
        url: `${a.origin}/to?status=${status}&where=/echo`,
        headers: [['Content-Type', 'text/plain'], ['X-Keep', 'yes']],
        body: Buffer.from('payload'),
      }),
    );
    const e = parse(body);
    expect(e.method).toBe('GET');
    expect(e.body).toBe('');
    expect(e.headers['content-type']).toBeUndefined();
    expect(e.headers['content-length']).toBeUndefined();
    expect(e.headers['x-keep']).toBe('yes');
    expect(head.sent!.requestLine).toBe('GET /echo HTTP/1.1');
  });

  it('turns PUT into GET on 303 but keeps it on 302', async () => {
    const put = { method: 'PUT', body: Buffer.from('x') };
    const on303 = await relay(server, relayRequest({ ...put, url: `${a.origin}/to?status=303&where=/echo` }));
    expect(parse(on303.body).method).toBe('GET');
    const on302 = await relay(server, relayRequest({ ...put, url: `${a.origin}/to?status=302&where=/echo` }));
    expect(parse(on302.body)).toMatchObject({ method: 'PUT', body: 'x' });
  });

  it.each([307, 308])('keeps method and body on %i', async (status) => {
    const { body } = await relay(
      server,
      relayRequest({ method: 'POST', url: `${a.origin}/to?status=${status}&where=/echo`, body: Buffer.from('payload') }),
    );
    expect(parse(body)).toMatchObject({ method: 'POST', body: 'payload' });
  });

  it('resends a spooled upload (over 1 MB, kept on disk) on 307, and removes its file afterwards', async () => {
    const payload = Buffer.alloc(3 * 1024 * 1024 + 7, 'abc');
    const spooled = async () => (await readdir(tmpdir())).filter((f) => f.startsWith('reqlab-upload-'));
    const before = await spooled();
    const { head, body } = await relay(server, relayRequest({ method: 'POST', url: `${a.origin}/to?status=307&where=/echo`, body: payload }));
    const e = parse(body);
    expect(e.method).toBe('POST');
    expect(e.body.length).toBe(payload.length);
    expect(e.body === payload.toString()).toBe(true);
    expect(head.sent!.bodySize).toBe(payload.length);
    expect(head.redirects).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(await spooled()).toEqual(before);
  });

  it('drops Authorization and Cookie on a cross-origin hop, keeps them same-origin', async () => {
    const headers: [string, string][] = [['Authorization', 'Bearer secret'], ['Cookie', 'sid=1'], ['X-Other', 'kept']];
    const cross = await relay(server, relayRequest({ url: `${a.origin}/to?status=302&where=${encodeURIComponent(`${b.origin}/echo`)}`, headers }));
    const e = parse(cross.body);
    expect(e.headers.authorization).toBeUndefined();
    expect(e.headers.cookie).toBeUndefined();
    expect(e.headers['x-other']).toBe('kept');
    expect(e.headers.host).toBe(`127.0.0.1:${b.port}`);
    const same = await relay(server, relayRequest({ url: `${a.origin}/to?status=302&where=/echo`, headers }));
    expect(parse(same.body).headers.authorization).toBe('Bearer secret');
  });
});
