import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startSandboxServer, type SandboxServer } from './testServer';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

const ORIGIN = 'http://localhost:5173';
const ROUTES = [
  '/sandbox',
  '/sandbox/anything/x',
  '/sandbox/books',
  '/sandbox/books/1',
  '/sandbox/status/500',
  '/sandbox/cookies',
  '/sandbox/bearer',
  '/sandbox/gzip',
  '/sandbox/image',
  '/sandbox/html',
  '/sandbox/xml',
  '/sandbox/redirect/1',
  '/sandbox/does-not-exist',
];

describe('CORS', () => {
  it('sends permissive CORS headers on every route, errors included', async () => {
    for (const path of ROUTES) {
      for (const headers of [{ Origin: ORIGIN }, {}] as Record<string, string>[]) {
        const response = await fetch(sandbox.base + path, { headers, redirect: 'manual' });
        expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
        expect(response.headers.get('access-control-expose-headers'), path).toBe('*');
      }
    }
  });

  it('never allows credentials, so no page can read the cookies a browser holds for this host', async () => {
    const simple = await fetch(`${sandbox.base}/sandbox/cookies`, { headers: { Origin: 'https://evil.example', Cookie: 'sid=1' } });
    expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${sandbox.base}/sandbox/anything`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a preflight with 204, the requested method (custom too) and the requested headers', async () => {
    for (const path of ['/sandbox/anything', '/sandbox/books/1', '/sandbox/nowhere']) {
      const response = await fetch(sandbox.base + path, {
        method: 'OPTIONS',
        headers: {
          Origin: ORIGIN,
          'Access-Control-Request-Method': 'PROPFIND',
          'Access-Control-Request-Headers': 'authorization, x-custom-thing, content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-methods')).toContain('PROPFIND');
      expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
      expect(response.headers.get('access-control-allow-headers')).toBe('authorization, x-custom-thing, content-type');
      expect(await response.text()).toBe('');
    }
  });

  it('allows private network access when Chromium asks for it', async () => {
    const response = await fetch(`${sandbox.base}/sandbox/anything`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Private-Network': 'true' },
    });
    expect(response.headers.get('access-control-allow-private-network')).toBe('true');
  });

  it('/sandbox/no-cors sends no CORS header at all, not even to a preflight', async () => {
    const get = await rawRequest(sandbox.port, { path: '/sandbox/no-cors', headers: { Origin: ORIGIN } });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body.toString())).toMatchObject({ cors: false });
    const preflight = await rawRequest(sandbox.port, {
      method: 'OPTIONS',
      path: '/sandbox/no-cors',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-a' },
    });
    for (const response of [get, preflight]) {
      const corsHeaders = Object.keys(response.headers).filter((name) => name.startsWith('access-control-'));
      expect(corsHeaders).toEqual([]);
    }
  });
});
