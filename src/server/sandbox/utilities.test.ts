import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startSandboxServer, type SandboxServer } from './testServer';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer({ maxDelayMs: 300, maxBytes: 100_000 });
});
afterAll(() => sandbox.close());

const get = (path: string, init?: RequestInit) => fetch(sandbox.base + path, { redirect: 'manual', ...init });

describe('routing', () => {
  it('passes paths outside /sandbox to next()', async () => {
    for (const path of ['/', '/sandboxes', '/api/sandbox', '/sandbox-x/anything']) {
      const response = await get(path);
      expect(response.status, path).toBe(418);
      expect(await response.text()).toBe('next');
    }
  });

  it('lists its routes at /sandbox and answers an unknown route with 404 JSON', async () => {
    const index = await get('/sandbox');
    expect(index.status).toBe(200);
    expect(((await index.json()) as { routes: string[] }).routes).toContain('/sandbox/no-cors');
    for (const path of ['/sandbox/nope', '/sandbox/status', '/sandbox/status/200/x', '/sandbox/image/2', '/sandbox/cookies/eat']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/json/);
      expect(((await response.json()) as { detail: string }).detail).toContain(path.split('?')[0]);
    }
  });
});

describe('/sandbox/status/<code>', () => {
  it('answers with the code and a small JSON body', async () => {
    for (const code of [200, 201, 400, 404, 418, 500, 503, 599]) {
      const response = await get(`/sandbox/status/${code}`, { method: code === 201 ? 'POST' : 'GET' });
      expect(response.status).toBe(code);
      expect(((await response.json()) as { status: number }).status).toBe(code);
    }
  });

  it('sends no body with 204 and 304', async () => {
    for (const code of [204, 304]) {
      const response = await rawRequest(sandbox.port, { path: `/sandbox/status/${code}` });
      expect(response.status).toBe(code);
      expect(response.body.length).toBe(0);
    }
  });

  it('adds the headers a status needs: Location, WWW-Authenticate, Retry-After', async () => {
    const redirect = await get('/sandbox/status/308');
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/sandbox/anything');
    expect((await get('/sandbox/status/401')).headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await get('/sandbox/status/429')).headers.get('retry-after')).toBe('1');
  });

  it('answers informational and invalid codes with 400', async () => {
    for (const code of ['100', '103', '99', '600', 'abc', '2000']) {
      const response = await get(`/sandbox/status/${code}`);
      expect(response.status, code).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('/sandbox/delay/<ms>', () => {
  it('waits before answering', async () => {
    const started = Date.now();
    const response = await get('/sandbox/delay/120');
    expect(await response.json()).toEqual({ requestedMs: 120, delayedMs: 120, capMs: 300, capped: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('caps the delay at maxDelayMs', async () => {
    const response = await get('/sandbox/delay/999999');
    expect(await response.json()).toEqual({ requestedMs: 999999, delayedMs: 300, capMs: 300, capped: true });
  });

  it('rejects a delay that is not a number', async () => {
    expect((await get('/sandbox/delay/soon')).status).toBe(400);
    expect((await get('/sandbox/delay/-5')).status).toBe(400);
  });
});

describe('/sandbox/redirect/<n>', () => {
  it('chains n 302 redirects down to a JSON end', async () => {
    let path = '/sandbox/redirect/3';
    const hops: string[] = [];
    for (;;) {
      const response = await get(path);
      if (response.status !== 302) {
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ redirected: true, method: 'GET' });
        break;
      }
      path = response.headers.get('location')!;
      hops.push(path);
    }
    expect(hops).toEqual(['/sandbox/redirect/2', '/sandbox/redirect/1', '/sandbox/redirect/0']);
  });

  it('is followed by a real client, keeps ?status along the chain, and can send absolute URLs', async () => {
    const followed = await fetch(`${sandbox.base}/sandbox/redirect/4`);
    expect(followed.status).toBe(200);
    expect(followed.redirected).toBe(true);
    expect(followed.url).toBe(`${sandbox.base}/sandbox/redirect/0`);
    const permanent = await get('/sandbox/redirect/2?status=307&absolute=true');
    expect(permanent.status).toBe(307);
    expect(permanent.headers.get('location')).toBe(`${sandbox.base}/sandbox/redirect/1?status=307&absolute=true`);
    expect((await get('/sandbox/redirect/2?status=200')).status).toBe(400);
    expect((await get('/sandbox/redirect/101')).status).toBe(400);
  });
});

describe('/sandbox/cookies', () => {
  it('shows the cookies received, in order', async () => {
    const response = await get('/sandbox/cookies', { headers: { Cookie: 'session=abc123; theme=dark; theme=light' } });
    expect(await response.json()).toEqual({
      cookies: { session: 'abc123', theme: 'light' },
      pairs: [
        ['session', 'abc123'],
        ['theme', 'dark'],
        ['theme', 'light'],
      ],
    });
    expect(await (await get('/sandbox/cookies')).json()).toEqual({ cookies: {}, pairs: [] });
  });

  it('sets one cookie per pair with repeated Set-Cookie headers', async () => {
    const response = await get('/sandbox/cookies/set?session=abc&theme=dark&note=two%20words');
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual(['session=abc; Path=/', 'theme=dark; Path=/', 'note=two%20words; Path=/']);
    expect(await response.json()).toEqual({
      set: [
        ['session', 'abc'],
        ['theme', 'dark'],
        ['note', 'two words'],
      ],
    });
    const raw = await rawRequest(sandbox.port, { path: '/sandbox/cookies/set?a=1&b=2' });
    const setCookieLines = raw.rawHeaders.filter((_, i) => i % 2 === 0 && raw.rawHeaders[i]!.toLowerCase() === 'set-cookie');
    expect(setCookieLines).toHaveLength(2);
  });

  it('deletes cookies and refuses invalid cookie names', async () => {
    const deleted = await get('/sandbox/cookies/delete?session');
    expect(deleted.headers.getSetCookie()).toEqual(['session=; Path=/; Max-Age=0']);
    expect((await get('/sandbox/cookies/set?bad%20name=1')).status).toBe(400);
  });
});

describe('compressed bodies', () => {
  it('/sandbox/gzip sends gzip-encoded JSON', async () => {
    const raw = await rawRequest(sandbox.port, { path: '/sandbox/gzip', headers: { 'Accept-Encoding': 'gzip' } });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['content-type']).toMatch(/^application\/json/);
    expect(raw.body.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(JSON.parse(gunzipSync(raw.body).toString('utf8'))).toMatchObject({ gzipped: true });
    expect(await (await get('/sandbox/gzip')).json()).toMatchObject({ gzipped: true, method: 'GET' });
  });

  it('/sandbox/deflate and /sandbox/brotli use their encodings', async () => {
    const deflated = await rawRequest(sandbox.port, { path: '/sandbox/deflate' });
    expect(deflated.headers['content-encoding']).toBe('deflate');
    expect(JSON.parse(inflateSync(deflated.body).toString())).toMatchObject({ deflated: true });
    const brotli = await rawRequest(sandbox.port, { path: '/sandbox/brotli' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(brotli.body).toString())).toMatchObject({ brotli: true });
  });
});

describe('documents', () => {
  it('/sandbox/html is an HTML page whose script would retitle it', async () => {
    const response = await get('/sandbox/html');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toMatch(/<script>[^<]*document\.title = 'SCRIPT RAN'/);
    expect(html).toContain('<title>Reqlab sandbox page</title>');
  });

  it('/sandbox/xml is well-formed XML', async () => {
    const response = await get('/sandbox/xml');
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<book /g)).toHaveLength(2);
    expect(xml.match(/<\/book>/g)).toHaveLength(2);
    expect(xml.trim().endsWith('</catalog>')).toBe(true);
  });
});
