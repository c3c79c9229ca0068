import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCookie } from '../../core/model';
import { headersWithJarCookies, jarFromCookies } from './cookieJar';
import { startServer, type RunningServer } from '../startServer';
import { startUpstream, type Upstream } from '../testkit/upstream';
import { relay, relayRequest } from '../testkit/relayCall';

let server: RunningServer;
let up: Upstream;

beforeAll(async () => {
  up = await startUpstream({
    '/login-then-go': (_req, res) => {
      res.writeHead(302, { Location: '/echo', 'Set-Cookie': 'hop=1; Path=/' });
      res.end();
    },
    '/echo': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ cookie: req.headers.cookie ?? null }));
    },
    '/bad-cookies': (_req, res) => {
      res.writeHead(200, { 'Set-Cookie': ['s=1; Secure', 'p=1; Domain=com', 'ok=1'] });
      res.end();
    },
  });
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
  await up.close();
});

const UP = () => `http://127.0.0.1:${up.port}`;
const sandbox = (path: string) => `http://127.0.0.1:${server.port}/sandbox/${path}`;
const received = (body: Uint8Array) => (JSON.parse(new TextDecoder().decode(body)) as { cookies: Record<string, string> }).cookies;

describe('relay cookie jar (tough-cookie)', () => {
  it('reports a login cookie, sends it back on the next call, and stops after it expires', async () => {
    const login = await relay(server, relayRequest({ url: sandbox('login?max_age=1'), cookies: [] }));
    const set = login.head.cookieChanges?.set ?? [];
    expect(set.map((c) => [c.key, c.domain, c.path, c.httpOnly, c.maxAge])).toEqual([['session', '127.0.0.1', '/sandbox', true, 1]]);
    const jar: StoredCookie[] = set;

    const next = await relay(server, relayRequest({ url: sandbox('cookies'), cookies: jar }));
    expect(received(next.body)).toEqual({ session: set[0]!.value });
    expect(next.head.sent?.headers).toContainEqual(['Cookie', `session=${set[0]!.value}`]);

    // Path matching: /other is outside Path=/sandbox.
    const outside = await relay(server, relayRequest({ url: `http://127.0.0.1:${server.port}/other`, cookies: jar }));
    expect(outside.head.sent?.headers.some(([n]) => n === 'Cookie')).toBe(false);

    await new Promise((r) => setTimeout(r, 1_100));
    const later = await relay(server, relayRequest({ url: sandbox('cookies'), cookies: jar }));
    expect(received(later.body)).toEqual({});
  });

  it('a cookie set on a redirect hop is sent on the next hop, and a typed Cookie header wins', async () => {
    const cookieAtEcho = async (typed?: string) => {
      const headers: [string, string][] = typed ? [['Cookie', typed]] : [];
      const res = await relay(server, relayRequest({ url: `${UP()}/login-then-go`, headers, cookies: [] }));
      expect(res.head.redirects).toHaveLength(1);
      expect(res.head.cookieChanges?.set.map((c) => c.key)).toEqual(['hop']);
      return (JSON.parse(new TextDecoder().decode(res.body)) as { cookie: string | null }).cookie;
    };
    expect(await cookieAtEcho()).toBe('hop=1');
    expect(await cookieAtEcho('mine=2')).toBe('mine=2; hop=1');
    expect(await cookieAtEcho('hop=typed; mine=2')).toBe('hop=typed; mine=2');
  });

  it('Max-Age=0 removes a cookie, and a call without a jar neither sends nor reports cookies', async () => {
    const [session] = (await relay(server, relayRequest({ url: sandbox('cookies/set?a=1'), cookies: [] }))).head.cookieChanges!.set;
    const removed = await relay(server, relayRequest({ url: sandbox('cookies/delete?a'), cookies: [session!] }));
    expect(removed.head.cookieChanges).toEqual({ set: [], removed: [{ domain: '127.0.0.1', path: '/', key: 'a' }] });

    const without = await relay(server, relayRequest({ url: sandbox('cookies/set?b=1') }));
    expect(without.head.cookieChanges).toBeUndefined();
  });

  it('refuses a cookie for a public suffix; keeps a Secure one from loopback, which counts as a secure origin as in Chromium', async () => {
    const res = await relay(server, relayRequest({ url: `${UP()}/bad-cookies`, cookies: [] }));
    expect(res.head.cookieChanges?.set.map((c) => c.key)).toEqual(['s', 'ok']);
    const secure = res.head.cookieChanges!.set[0]!;
    const jar = jarFromCookies([{ ...secure, domain: 'example.com' }]);
    const hop = (url: string) => ({ method: 'GET', url: new URL(url), headers: [], body: null });
    expect(headersWithJarCookies(hop('http://example.com/'), jar)).toEqual([]);
    expect(headersWithJarCookies(hop('https://example.com/'), jar)).toEqual([['Cookie', 's=1']]);
  });
});
