import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_PATH } from '../../core/relay/protocol';
import { DEFAULT_RELAY_LIMITS } from './limits';
import { startServer, type RunningServer } from '../startServer';
import { startUpstream, type Upstream } from '../testkit/upstream';
import { pageHeaders, relayRequest, callBytes } from '../testkit/relayCall';

const TOTAL = 200 * 1024 * 1024;
let server: RunningServer;
let upstream: Upstream;
let pushed = 0;
let upstreamClosed = false;

beforeAll(async () => {
  upstream = await startUpstream({
    '/firehose': (_req, res) => {
      const chunk = Buffer.alloc(64 * 1024, 1);
      res.writeHead(200, { 'Content-Length': String(TOTAL) });
      res.on('close', () => (upstreamClosed = true));
      const pump = () => {
        while (pushed < TOTAL && !res.destroyed) {
          pushed += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
  });
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

describe('relay streaming', () => {
  it('allows responses above 200 MB by default', () => {
    expect(DEFAULT_RELAY_LIMITS.maxResponseBodyBytes).toBeGreaterThan(200 * 1024 * 1024);
  });

  it('holds the upstream back while the page does not read, and stops it when the page leaves', async () => {
    let page!: http.ClientRequest;
    await new Promise<void>((resolve, reject) => {
      page = http.request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: RELAY_PATH, headers: pageHeaders(server), agent: false },
        (res) => {
          res.pause();
          resolve();
        },
      );
      page.on('error', () => {});
      page.on('close', () => {});
      page.end(callBytes(relayRequest({ url: `${upstream.origin}/firehose` })));
      setTimeout(() => reject(new Error('no response head')), 10_000).unref();
    });
    // Wait until the upstream stalls: it only moves while someone downstream reads.
    let last = -1;
    await expect
      .poll(
        () => {
          const stalled = pushed === last;
          last = pushed;
          return stalled;
        },
        { interval: 300, timeout: 10_000 },
      )
      .toBe(true);
    expect(pushed).toBeLessThan(48 * 1024 * 1024);
    page.destroy();
    await expect.poll(() => upstreamClosed, { timeout: 5000 }).toBe(true);
    expect(pushed).toBeLessThan(TOTAL);
  });
});
