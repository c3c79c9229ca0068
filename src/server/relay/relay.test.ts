import { createHash, randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../startServer';
import { startUpstream, type Upstream } from '../testkit/upstream';
import { relay, relayRequest } from '../testkit/relayCall';

let server: RunningServer;
let upstream: Upstream;
const binary = randomBytes(300_000);
const text = 'hello, compressed world '.repeat(5000);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  upstream = await startUpstream({
    '/cookies': (_req, res) => {
      res.writeHead(200, 'Fine Thanks', [
        ['Set-Cookie', 'a=1; Path=/'],
        ['X-Between', 'x'],
        ['Set-Cookie', 'b=2; HttpOnly'],
        ['Set-Cookie', 'c=3'],
      ]);
      res.end('ok');
    },
    '/binary': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(binary);
    },
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/plain' });
      res.end(zlib.gzipSync(text));
    },
    '/br': (_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'br' });
      res.end(zlib.brotliCompressSync(text));
    },
    '/deflate-raw': (_req, res) => {
      res.writeHead(200, { 'Content-Encoding': 'deflate' });
      res.end(zlib.deflateRawSync(text));
    },
    '/echo': (req, res, body) => {
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, rawHeaders: req.rawHeaders, body: body.toString('base64') }));
    },
    '/big': (_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 7);
      let sent = 0;
      const pump = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
    '/head-only': (_req, res) => {
      res.writeHead(204);
      res.end();
    },
  });
  server = await startServer({ port: 0, limits: { maxResponseBodyBytes: 1024 * 1024 } });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

describe('relay: what a response looks like through the relay', () => {
  it('keeps raw headers in order with repeated Set-Cookie, status and reason', async () => {
    const { head, trailer } = await relay(server, relayRequest({ url: `${upstream.origin}/cookies` }));
    expect(head.status).toBe(200);
    expect(head.statusText).toBe('Fine Thanks');
    expect(head.httpVersion).toBe('1.1');
    const names = head.headers.map(([n]) => n);
    expect(names.slice(0, 4)).toEqual(['Set-Cookie', 'X-Between', 'Set-Cookie', 'Set-Cookie']);
    expect(head.headers.filter(([n]) => n === 'Set-Cookie').map(([, v]) => v)).toEqual(['a=1; Path=/', 'b=2; HttpOnly', 'c=3']);
    expect(head.headersSize).toBeGreaterThan(60);
    expect(trailer.error).toBeUndefined();
  });

  it('passes a binary body byte-exact', async () => {
    const { body, trailer } = await relay(server, relayRequest({ url: `${upstream.origin}/binary` }));
    expect(body.length).toBe(binary.length);
    expect(sha(body)).toBe(sha(binary));
    expect(trailer.bodySize).toBe(binary.length);
    expect(trailer.wireSize).toBe(binary.length);
    expect(trailer.truncated).toBe(false);
  });

  it.each(['/gzip', '/br', '/deflate-raw'])('decodes %s, keeping wire and decoded sizes', async (path) => {
    const { head, body, trailer } = await relay(server, relayRequest({ url: `${upstream.origin}${path}` }));
    expect(Buffer.from(body).toString()).toBe(text);
    expect(trailer.bodySize).toBe(Buffer.byteLength(text));
    expect(trailer.wireSize).toBeLessThan(trailer.bodySize);
    expect(trailer.wireSize).toBeGreaterThan(0);
    // The raw Content-Encoding header is reported as received.
    expect(head.headers.some(([n]) => n.toLowerCase() === 'content-encoding')).toBe(true);
  });

  it('sends a POST body and reports the request exactly as sent', async () => {
    const payload = Buffer.from('{"name":"Ada"}');
    const { head, body } = await relay(
      server,
      relayRequest({
        method: 'POST',
        url: `${upstream.origin}/echo?x=1&x=2`,
        headers: [['Content-Type', 'application/json'], ['X-Twice', 'a'], ['X-Twice', 'b']],
        body: payload,
      }),
    );
    expect(head.status).toBe(201);
    const echoed = JSON.parse(Buffer.from(body).toString()) as { method: string; rawHeaders: string[]; body: string };
    expect(echoed.method).toBe('POST');
    expect(Buffer.from(echoed.body, 'base64').equals(payload)).toBe(true);
    const sent = head.sent!;
    expect(sent.requestLine).toBe('POST /echo?x=1&x=2 HTTP/1.1');
    expect(sent.bodySize).toBe(payload.length);
    // What the upstream received is exactly the reported list, in order.
    const received: [string, string][] = [];
    for (let i = 0; i < echoed.rawHeaders.length; i += 2) received.push([echoed.rawHeaders[i]!, echoed.rawHeaders[i + 1]!]);
    expect(received).toEqual(sent.headers);
    const get = (n: string) => sent.headers.filter(([k]) => k.toLowerCase() === n).map(([, v]) => v);
    expect(get('host')).toEqual([`127.0.0.1:${upstream.port}`]);
    expect(get('content-length')).toEqual([String(payload.length)]);
    expect(get('user-agent')).toEqual(['Reqlab/0.1']);
    expect(get('accept')).toEqual(['*/*']);
    expect(get('x-twice')).toEqual(['a', 'b']);
  });

  it("keeps the person's own User-Agent, Accept and Host", async () => {
    const { head, body } = await relay(
      server,
      relayRequest({ url: `${upstream.origin}/echo`, headers: [['user-agent', 'Mine/1'], ['Accept', 'text/plain'], ['Host', 'example.test']] }),
    );
    const echoed = JSON.parse(Buffer.from(body).toString()) as { rawHeaders: string[] };
    expect(echoed.rawHeaders).toContain('Mine/1');
    expect(echoed.rawHeaders).toContain('example.test');
    expect(echoed.rawHeaders).not.toContain('Reqlab/0.1');
    expect(head.sent!.headers.filter(([n]) => n.toLowerCase() === 'accept')).toEqual([['Accept', 'text/plain']]);
  });

  it('reports timing phases (no DNS for an IP literal, DNS for localhost)', async () => {
    const ip = await relay(server, relayRequest({ url: `${upstream.origin}/binary` }));
    const t = ip.trailer.timing;
    expect(t.startedAt).toBeGreaterThan(Date.now() - 60_000);
    expect(t.total).toBeGreaterThan(0);
    expect(t.connect).toBeGreaterThanOrEqual(0);
    expect(t.ttfb).toBeGreaterThanOrEqual(0);
    expect(t.download).toBeGreaterThanOrEqual(0);
    expect(t.dns).toBeUndefined();
    expect(t.tls).toBeUndefined();
    expect(t.total).toBeGreaterThanOrEqual((t.connect ?? 0) + (t.ttfb ?? 0));
    const named = await relay(server, relayRequest({ url: `http://localhost:${upstream.port}/binary` }));
    expect(named.trailer.timing.dns).toBeGreaterThanOrEqual(0);
  });

  it('cuts the body at the response cap and says so', async () => {
    const { head, body, trailer } = await relay(server, relayRequest({ url: `${upstream.origin}/big` }));
    expect(head.status).toBe(200);
    expect(trailer.truncated).toBe(true);
    expect(body.length).toBe(1024 * 1024);
    expect(trailer.bodySize).toBe(1024 * 1024);
    expect(trailer.error).toBeUndefined();
  });

  it('handles HEAD and 204 without a body', async () => {
    const head = await relay(server, relayRequest({ method: 'HEAD', url: `${upstream.origin}/binary` }));
    expect(head.head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const none = await relay(server, relayRequest({ url: `${upstream.origin}/head-only` }));
    expect(none.head.status).toBe(204);
    expect(none.body.length).toBe(0);
  });

  it('sends a custom method token', async () => {
    const { body } = await relay(server, relayRequest({ method: 'PROPFIND', url: `${upstream.origin}/echo` }));
    expect((JSON.parse(Buffer.from(body).toString()) as { method: string }).method).toBe('PROPFIND');
  });
});
