import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_PATH, RELAY_TOKEN_HEADER, decodeFrame } from '../core/relay/protocol';
import { isPrivateAddress } from './relay/targetPolicy';
import { startServer, type RunningServer } from './startServer';
import { startUpstream, type Upstream } from './testkit/upstream';
import { relayRequest, callBytes } from './testkit/relayCall';

// "Another machine" is played by 127.0.0.2: the server trusts only 127.0.0.1 here, so no traffic
// leaves loopback while the remote rules are exercised.
const trustOnly1 = (a: string | undefined) => a === '127.0.0.1' || a === '::ffff:127.0.0.1';
let open: RunningServer;
let openAllowing: RunningServer;
let upstream: Upstream;

function call(server: RunningServer, path: string, opts: { from?: string; cookie?: string; method?: string; body?: string | Buffer; page?: boolean } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${server.port}` };
    if (opts.cookie) headers.Cookie = opts.cookie;
    if (opts.page) Object.assign(headers, { Origin: `http://127.0.0.1:${server.port}`, [RELAY_TOKEN_HEADER]: server.token, 'Content-Type': 'application/json' });
    const req = http.request({ host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers, localAddress: opts.from ?? '127.0.0.2', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function login(server: RunningServer): Promise<string> {
  const r = await call(server, server.remote!.loginPath()!);
  expect(r.status).toBe(303);
  return String(r.headers['set-cookie']![0]).split(';')[0]!;
}

beforeAll(async () => {
  upstream = await startUpstream({ '/inside': (_req, res) => res.end('intranet secret') });
  open = await startServer({ port: 0, distDir: null, remote: { isTrustedClient: trustOnly1 } });
  openAllowing = await startServer({ port: 0, distDir: null, remote: { isTrustedClient: trustOnly1, allowPrivateTargets: true } });
});
afterAll(async () => {
  await open.close();
  await openAllowing.close();
  await upstream.close();
});

describe('open to other machines (--allow-remote)', () => {
  it('a remote client without a session gets neither the page, the sandbox nor the relay', async () => {
    for (const path of ['/', '/sandbox/anything', RELAY_PATH]) {
      const r = await call(open, path, { method: path === RELAY_PATH ? 'POST' : 'GET', page: path === RELAY_PATH, body: '{}' });
      expect(r.status).toBe(401);
      expect(r.body.toString()).toContain('login link');
      expect(r.body.toString()).not.toContain(open.token);
    }
  });

  it('the login link works once and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const server = await startServer({ port: 0, distDir: null, remote: { isTrustedClient: trustOnly1 } });
    try {
      expect((await call(server, '/login?key=guess')).status).toBe(403);
      const path = server.remote!.loginPath()!;
      const first = await call(server, path);
      expect(first.status).toBe(303);
      expect(first.headers['set-cookie']![0]).toMatch(/^reqlab_session=[\w-]{20,}; HttpOnly; SameSite=Strict; Path=\//);
      expect((await call(server, path)).status).toBe(403);
      const cookie = String(first.headers['set-cookie']![0]).split(';')[0]!;
      expect((await call(server, '/sandbox/anything', { cookie })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("a logged-in remote client's relay calls may not reach loopback or private addresses", async () => {
    const cookie = await login(open);
    const r = await call(open, RELAY_PATH, { method: 'POST', page: true, cookie, body: callBytes(relayRequest({ url: `${upstream.origin}/inside` })) });
    expect(r.status).toBe(200);
    const frame = decodeFrame(new Uint8Array(r.body));
    expect(frame.head.error?.code).toBe('RELAY_REFUSED');
    expect(frame.head.error?.message).toMatch(/loopback, link-local or private/);
    expect(upstream.received.some((x) => x.url === '/inside')).toBe(false);
  });

  it('--allow-remote-private-targets lets them; clients on this machine are unaffected', async () => {
    const cookie = await login(openAllowing);
    const allowed = await call(openAllowing, RELAY_PATH, { method: 'POST', page: true, cookie, body: callBytes(relayRequest({ url: `${upstream.origin}/inside` })) });
    expect(Buffer.from(decodeFrame(new Uint8Array(allowed.body)).body).toString()).toBe('intranet secret');
    const local = await call(open, RELAY_PATH, { from: '127.0.0.1', method: 'POST', page: true, body: callBytes(relayRequest({ url: `${upstream.origin}/inside` })) });
    expect(Buffer.from(decodeFrame(new Uint8Array(local.body)).body).toString()).toBe('intranet secret');
  });

  it('knows the private ranges', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) expect(isPrivateAddress(a)).toBe(true);
    for (const a of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) expect(isPrivateAddress(a)).toBe(false);
  });
});
