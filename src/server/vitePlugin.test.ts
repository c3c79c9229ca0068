import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { RELAY_PATH, RELAY_TOKEN_HEADER, RELAY_TOKEN_META, decodeFrame } from '../core/relay/protocol';
import { reqlabServerPlugin } from './vitePlugin';
import { callBytes, rawCall, relayRequest } from './testkit/relayCall';

let root: string;
const tokenIn = (html: string) => new RegExp(`<meta name="${RELAY_TOKEN_META}" content="([^"]+)">`).exec(html)?.[1];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'reqlab-vite-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>');
  await writeFile(join(root, 'main.js'), 'document.title = "ok";');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Calls the relay (to the sandbox on the same server) as the page at `port` would. */
async function relayViaPage(port: number, token: string, originPort = port) {
  return rawCall(port, {
    method: 'POST',
    path: RELAY_PATH,
    headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${originPort}`, [RELAY_TOKEN_HEADER]: token, 'Content-Type': 'application/json' },
    body: callBytes(relayRequest({ url: `http://127.0.0.1:${port}/sandbox/status/201` })),
  });
}

describe('reqlabServerPlugin in Vite dev', () => {
  let server: ViteDevServer;
  let port: number;
  beforeAll(async () => {
    server = await createServer({ configFile: false, root, logLevel: 'silent', plugins: [reqlabServerPlugin()], server: { host: '127.0.0.1', port: 0, ws: false } });
    await server.listen();
    port = (server.httpServer!.address() as AddressInfo).port;
  });
  afterAll(() => server.close());

  it('injects the token into index.html and the relay accepts it at the real port', async () => {
    const page = await rawCall(port, { path: '/' });
    const token = tokenIn(page.body.toString());
    expect(token).toBeTruthy();
    const reply = await relayViaPage(port, token!);
    expect(reply.status).toBe(200);
    expect(decodeFrame(new Uint8Array(reply.body)).head.status).toBe(201);
  });

  it('refuses another port as Origin and a wrong token', async () => {
    const token = tokenIn((await rawCall(port, { path: '/' })).body.toString())!;
    expect((await relayViaPage(port, token, port + 1)).status).toBe(403);
    expect((await relayViaPage(port, 'wrong')).status).toBe(403);
  });

  it('serves the sandbox', async () => {
    expect((await rawCall(port, { path: '/sandbox/status/404' })).status).toBe(404);
    expect((await rawCall(port, { path: '/sandbox/status/202' })).status).toBe(202);
  });
});

describe('reqlabServerPlugin in build and preview', () => {
  let server: PreviewServer;
  let port: number;
  const outDir = () => join(root, 'out');
  beforeAll(async () => {
    const plugins = () => [reqlabServerPlugin()];
    await build({ configFile: false, root, logLevel: 'silent', plugins: plugins(), build: { outDir: outDir() } });
    server = await preview({ configFile: false, root, logLevel: 'silent', plugins: plugins(), build: { outDir: outDir() }, preview: { host: '127.0.0.1', port: 0 } });
    port = (server.httpServer.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.httpServer.close(() => r())));

  it('bakes no token into the build', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(join(outDir(), 'index.html'), 'utf8')).not.toContain(RELAY_TOKEN_META);
  });

  it('serves index.html with a working token in preview', async () => {
    const page = await rawCall(port, { path: '/' });
    expect(page.headers['cache-control']).toBe('no-store');
    const token = tokenIn(page.body.toString());
    expect(token).toBeTruthy();
    const reply = await relayViaPage(port, token!);
    expect(reply.status).toBe(200);
    expect(decodeFrame(new Uint8Array(reply.body)).head.status).toBe(201);
  });
});
