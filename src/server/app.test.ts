import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_TOKEN_META } from '../core/relay/protocol';
import { injectTokenMeta } from './html';
import { startServer, type RunningServer } from './startServer';
import { rawCall } from './testkit/relayCall';

let dist: string;
let server: RunningServer;
const INDEX = '<!doctype html><html><head><meta charset="utf-8"><title>Reqlab</title></head><body><div id="root"></div></body></html>';

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'reqlab-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(dist, 'assets', 'style.css'), 'body{}');
  await writeFile(join(dist, 'favicon.svg'), '<svg/>');
  server = await startServer({ port: 0, distDir: dist });
});
afterAll(async () => {
  await server.close();
  await rm(dist, { recursive: true, force: true });
});

const get = (path: string, method = 'GET') => rawCall(server.port, { path, method });

describe('serving the built app', () => {
  it('serves index.html with this process token and no-store', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    const html = reply.body.toString();
    const token = new RegExp(`<meta name="${RELAY_TOKEN_META}" content="([^"]+)">`).exec(html)?.[1];
    expect(token).toBe(server.token);
    expect(html.indexOf(RELAY_TOKEN_META)).toBeLessThan(html.indexOf('</head>'));
  });

  it('falls back to index.html for client routes, not for missing assets', async () => {
    const route = await get('/history/abc');
    expect(route.status).toBe(200);
    expect(route.body.toString()).toContain(server.token);
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('sends correct MIME types and caches hashed assets', async () => {
    const js = await get('/assets/index-abc.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toMatch(/immutable/);
    expect(js.body.toString()).toBe('console.log(1)');
    expect((await get('/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('answers HEAD without a body', async () => {
    const head = await get('/assets/index-abc.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('14');
    expect(head.body.length).toBe(0);
  });

  it('does not serve files outside dist', async () => {
    const reply = await get('/..%2f..%2f..%2fetc%2fpasswd');
    expect(reply.body.toString()).not.toMatch(/root:/);
  });

  it('mounts the sandbox', async () => {
    const reply = await get('/sandbox/status/418');
    expect(reply.status).toBe(418);
  });

  it('a server with distDir null serves no app', async () => {
    const bare = await startServer({ port: 0, distDir: null });
    try {
      expect((await rawCall(bare.port, { path: '/' })).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

describe('injectTokenMeta', () => {
  it('replaces a stale token instead of adding a second one', () => {
    const once = injectTokenMeta(INDEX, 'first');
    const twice = injectTokenMeta(once, 'second');
    expect(twice.match(new RegExp(RELAY_TOKEN_META, 'g'))).toHaveLength(1);
    expect(twice).toContain('content="second"');
  });

  it('does not let a token break out of the attribute', () => {
    expect(injectTokenMeta(INDEX, '"><script>')).not.toContain('<script>');
  });
});
