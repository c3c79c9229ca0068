import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_PATH } from '../core/relay/protocol';
import { startServer, type RunningServer } from './startServer';
import { startUpstream, type Upstream } from './testkit/upstream';
import { pageHeaders, rawCall, relay, relayRequest, callBytes } from './testkit/relayCall';

let server: RunningServer;
let upstream: Upstream;
const IDLE_MS = 600;

const manyHeaders = (n: number) => Array.from({ length: n }, (_, i): [string, string] => [`X-H${i}`, String(i)]);

beforeAll(async () => {
  upstream = await startUpstream({
    '/1400': (_req, res) => {
      res.writeHead(200, [...manyHeaders(1399), ['Content-Type', 'text/plain']]);
      res.end('late type');
    },
    '/12000': (_req, res) => {
      res.writeHead(200, manyHeaders(12_000));
      res.end('ok');
    },
    '/slow': (_req, res) => {
      setTimeout(() => res.end('slow'), 1500);
    },
  });
  server = await startServer({ port: 0, distDir: null, idleUploadMs: IDLE_MS, admission: { maxCalls: 4, maxBufferedBytes: 3 * 1024 * 1024 } });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

/** Opens a socket, sends a request head that promises a body, sends part of it, then stalls. */
function stalledUpload(port: number, path: string): Promise<{ closedAfterMs: number; reply: string }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nonly a little`);
    });
    let reply = '';
    socket.on('data', (d) => (reply += d.toString()));
    socket.on('close', () => resolve({ closedAfterMs: Date.now() - t0, reply }));
  });
}

describe('server hardening', () => {
  it('a stalled upload to the sandbox echo is answered 408 and closed once it has been idle', async () => {
    const { closedAfterMs, reply } = await stalledUpload(server.port, '/sandbox/anything');
    expect(reply).toMatch(/^HTTP\/1.1 408/);
    expect(reply).toContain('stopped arriving');
    expect(closedAfterMs).toBeGreaterThanOrEqual(IDLE_MS);
    expect(closedAfterMs).toBeLessThan(IDLE_MS + 2000);
  });

  it('waiting for a slow upstream after the body has arrived is not idle time', async () => {
    const frame = await relay(server, relayRequest({ url: `${upstream.origin}/slow`, method: 'POST', body: Buffer.from('x') }));
    expect(frame.head.status).toBe(200);
    expect(Buffer.from(frame.body).toString()).toBe('slow');
  });

  it('keeps 1,400 response headers, a late Content-Type among them', async () => {
    const frame = await relay(server, relayRequest({ url: `${upstream.origin}/1400` }));
    expect(frame.head.headers.filter(([n]) => n.startsWith('X-H'))).toHaveLength(1399);
    expect(frame.head.headers[1399]).toEqual(['Content-Type', 'text/plain']);
    expect(frame.head.headersDropped).toBeUndefined();
  });

  it('past 10,000 headers the rest are counted, not silently lost', async () => {
    const frame = await relay(server, relayRequest({ url: `${upstream.origin}/12000` }));
    expect(frame.head.headers).toHaveLength(10_000);
    expect(frame.head.headersDropped).toBe(2000 + 3); // and Date, Connection, Transfer-Encoding
  });

  it('a flood of large uploads gets 503 with Retry-After, and a small sandbox call still answers quickly', async () => {
    const body = callBytes(relayRequest({ url: `${upstream.origin}/slow`, method: 'POST', body: Buffer.alloc(1024 * 1024, 1) }));
    const calls = Array.from({ length: 8 }, () => rawCall(server.port, { method: 'POST', path: RELAY_PATH, headers: pageHeaders(server), body }));
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    const small = await rawCall(server.port, { path: '/sandbox/anything' });
    const smallMs = performance.now() - t0;
    const replies = await Promise.all(calls);
    const busy = replies.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(replies.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(busy[0]!.headers['retry-after']).toBe('2');
    expect(JSON.parse(busy[0]!.body.toString()).error.message).toMatch(/busy/);
    expect(small.status).toBe(200);
    expect(smallMs).toBeLessThan(1000);
  });
});

describe('the relay timeout for a body counts silence, not total time', () => {
  let slow: Upstream;
  beforeAll(async () => {
    slow = await startUpstream({
      '/trickle': (_req, res) => {
        res.writeHead(200);
        let n = 0;
        const t = setInterval(() => {
          res.write('x'.repeat(100));
          if (++n === 15) {
            clearInterval(t);
            res.end();
          }
        }, 100);
      },
      '/stall': (_req, res) => {
        res.writeHead(200);
        res.write('first part');
      },
    });
  });
  afterAll(() => slow.close());

  it('a body that keeps arriving for 1.5 s is not cut by a 500 ms timeout', async () => {
    const frame = await relay(server, relayRequest({ url: `${slow.origin}/trickle`, timeoutMs: 500 }));
    expect(frame.trailer.error).toBeUndefined();
    expect(frame.body.length).toBe(1500);
  });

  it('a body that stops is cut after the timeout, keeping what came', async () => {
    const frame = await relay(server, relayRequest({ url: `${slow.origin}/stall`, timeoutMs: 500 }));
    expect(frame.trailer.error?.code).toBe('TIMEOUT');
    expect(frame.trailer.error?.message).toMatch(/stopped arriving/);
    expect(Buffer.from(frame.body).toString()).toBe('first part');
  });
});
