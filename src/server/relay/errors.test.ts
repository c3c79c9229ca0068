import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { RELAY_PATH, decodeFrame, tryDecodeFrameHead } from '../../core/relay/protocol';
import { startServer, type RunningServer } from '../startServer';
import { closedPort, startUpstream, type Upstream } from '../testkit/upstream';
import { pageHeaders, relay, relayRequest, callBytes } from '../testkit/relayCall';

let server: RunningServer;
let upstream: Upstream;
let slowClosed = false;

beforeAll(async () => {
  upstream = await startUpstream({
    '/slow-head': (_req, res) => {
      const t = setTimeout(() => res.end('late'), 5000);
      res.on('close', () => clearTimeout(t));
    },
    '/reset-before-head': (req) => req.socket.destroy(),
    '/reset-mid-body': (_req, res) => {
      res.writeHead(200, { 'Content-Length': '100000' });
      res.write(Buffer.alloc(1000, 1));
      setTimeout(() => res.socket?.destroy(), 50);
    },
    '/stalled-body': (_req, res) => {
      res.writeHead(200);
      res.write('first');
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200);
      res.write('first');
      const t = setInterval(() => res.write('.'), 50);
      res.on('close', () => {
        clearInterval(t);
        slowClosed = true;
      });
    },
  });
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

describe('relay failures come back as a code and a plain sentence', () => {
  it('DNS: a name under .invalid never resolves', async () => {
    const { head, body, trailer } = await relay(server, relayRequest({ url: 'http://no-such-host.invalid/' }));
    expect(head.error?.code).toBe('DNS');
    expect(head.error?.message).toMatch(/no-such-host\.invalid/);
    expect(head.status).toBe(0);
    expect(body.length).toBe(0);
    expect(trailer.bodySize).toBe(0);
  });

  it('REFUSED: a closed port', async () => {
    const port = await closedPort();
    const { head } = await relay(server, relayRequest({ url: `http://127.0.0.1:${port}/` }));
    expect(head.error?.code).toBe('REFUSED');
    expect(head.error?.message).toMatch(/refused/i);
    expect(head.error?.detail).toMatch(/ECONNREFUSED/);
  });

  it('TIMEOUT: the per-request timeout', async () => {
    const { head, trailer } = await relay(server, relayRequest({ url: `${upstream.origin}/slow-head`, timeoutMs: 200 }));
    expect(head.error?.code).toBe('TIMEOUT');
    expect(head.error?.message).toMatch(/200 ms/);
    expect(trailer.timing.total).toBeGreaterThanOrEqual(190);
    expect(trailer.timing.total).toBeLessThan(4000);
  });

  it('TIMEOUT: the relay limit, once the body has stopped arriving (it counts silence, not total time)', async () => {
    const limited = await startServer({ port: 0, limits: { maxTotalMs: 300 } });
    try {
      const { head, body, trailer } = await relay(limited, relayRequest({ url: `${upstream.origin}/stalled-body` }));
      expect(head.status).toBe(200);
      expect(Buffer.from(body).toString()).toMatch(/^first/);
      expect(trailer.error?.code).toBe('TIMEOUT');
    } finally {
      await limited.close();
    }
  });

  it('RESET: the upstream drops the connection before answering', async () => {
    const { head } = await relay(server, relayRequest({ url: `${upstream.origin}/reset-before-head` }));
    expect(head.error?.code).toBe('RESET');
    expect(head.error?.message).toMatch(/closed the connection/);
  });

  it('RESET: the upstream drops the connection mid-body (error in the trailer)', async () => {
    const { head, body, trailer } = await relay(server, relayRequest({ url: `${upstream.origin}/reset-mid-body` }));
    expect(head.status).toBe(200);
    expect(body.length).toBe(1000);
    expect(trailer.error?.code).toBe('RESET');
  });

  it('TOO_LARGE: a request body over the limit is not sent', async () => {
    const small = await startServer({ port: 0, limits: { maxRequestBodyBytes: 10 } });
    try {
      const before = upstream.received.length;
      const { head } = await relay(small, relayRequest({ method: 'POST', url: `${upstream.origin}/x`, body: Buffer.alloc(11) }));
      expect(head.error?.code).toBe('TOO_LARGE');
      expect(upstream.received.length).toBe(before);
    } finally {
      await small.close();
    }
  });

  it('streams the head before the body ends, and aborts upstream when the page goes away', async () => {
    slowClosed = false;
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: RELAY_PATH, headers: pageHeaders(server), agent: false },
        (res) => {
          let got = Buffer.alloc(0);
          res.on('data', (c: Buffer) => {
            got = Buffer.concat([got, c]);
            if (tryDecodeFrameHead(new Uint8Array(got))) {
              req.destroy();
              resolve(got);
            }
          });
        },
      );
      req.on('error', (e) => (e.message.includes('socket hang up') || e.message.includes('aborted') ? undefined : reject(e)));
      req.end(callBytes(relayRequest({ url: `${upstream.origin}/slow-body` })));
    });
    expect(tryDecodeFrameHead(new Uint8Array(bytes))!.head.status).toBe(200);
    await expect.poll(() => slowClosed, { timeout: 3000 }).toBe(true);
  });

  it('INVALID_REQUEST: a header value with a line break is not sent', async () => {
    const before = upstream.received.length;
    const { head } = await relay(server, relayRequest({ url: `${upstream.origin}/x`, headers: [['X-Bad', 'a\r\nInjected: 1']] }));
    expect(head.error?.code).toBe('INVALID_REQUEST');
    expect(upstream.received.length).toBe(before);
  });

  it('a complete frame decodes with decodeFrame (sanity of the framing)', async () => {
    const reply = await relay(server, relayRequest({ url: `${upstream.origin}/none` }));
    expect(reply.head.status).toBe(404);
    expect(Buffer.from(reply.body).toString()).toBe('no route');
    expect(() => decodeFrame(new Uint8Array(4))).toThrow();
  });
});
