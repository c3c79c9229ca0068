import { describe, expect, it } from 'vitest';
import { analyzePreflight, explainCorsFailure, isCorsSafelistedRequestHeader, needsPreflight } from './cors';

const page = 'http://localhost:5173';

describe('needsPreflight (Fetch CORS-safelisted rules)', () => {
  it.each([
    ['GET', {}, false],
    ['HEAD', {}, false],
    ['post', { 'Content-Type': 'text/plain;charset=UTF-8' }, false],
    ['POST', { 'Content-Type': 'application/x-www-form-urlencoded' }, false],
    ['POST', { 'Content-Type': 'multipart/form-data; boundary=x' }, false],
    ['POST', { 'Content-Type': 'application/json' }, true],
    ['PUT', {}, true],
    ['DELETE', {}, true],
    ['PATCH', {}, true],
    ['GET', { Authorization: 'Bearer x' }, true],
    ['GET', { 'X-Request-Id': '1' }, true],
    ['GET', { Accept: 'application/json', 'Accept-Language': 'en-GB, en;q=0.8' }, false],
    ['GET', { 'Accept-Language': 'en_GB' }, true],
    ['GET', { Accept: 'text/"html"' }, true],
    ['GET', { Range: 'bytes=0-499' }, false],
    ['GET', { Range: 'bytes=500-' }, false],
    ['GET', { Range: 'bytes=-500' }, true],
    ['GET', { Range: 'bytes=9-1' }, true],
    ['GET', { Range: 'bytes=0-1,5-9' }, true],
    ['POST', { 'Content-Type': 'text/plain; charset="utf-8"' }, true],
    ['GET', { 'Content-Language': 'x'.repeat(129) }, true],
    // Forbidden headers are dropped by the browser, so they never cause a preflight.
    ['GET', { 'User-Agent': 'x', Cookie: 'a=1', Host: 'h', Origin: 'x', 'Content-Length': '0' }, false],
    ['GET', { 'Sec-Fetch-Mode': 'cors', 'Proxy-Authorization': 'x', 'X-HTTP-Method-Override': 'TRACE' }, false],
    ['GET', { 'X-HTTP-Method-Override': 'PATCH' }, true],
  ] as const)('%s %j → %s', (method, headers, expected) => {
    expect(needsPreflight({ method, headers: { ...headers } })).toBe(expected);
  });

  it('counts safelisted values over 1024 bytes in total as unsafe', () => {
    const v = 'a'.repeat(120);
    const headers: [string, string][] = Array.from({ length: 9 }, () => ['Accept', v]);
    const a = analyzePreflight({ method: 'GET', headers });
    expect(a.needed).toBe(true);
    expect(a.reasons.map((r) => r.kind)).toContain('header-size');
    expect(a.unsafeHeaderNames).toEqual(['accept']);
    expect(needsPreflight({ method: 'GET', headers: headers.slice(0, 8) })).toBe(false);
  });

  it('reports upload listeners as a reason', () => {
    expect(analyzePreflight({ method: 'POST', headers: {}, uploadListeners: true }).reasons[0]?.kind).toBe('upload-listeners');
  });

  it('lists unsafe names lower-cased and sorted, and forbidden ones apart', () => {
    const a = analyzePreflight({
      method: 'patch',
      headers: [['X-B', '1'], ['Authorization', 'x'], ['content-type', 'application/json'], ['Host', 'h']],
    });
    expect(a.method).toBe('patch');
    expect(a.unsafeHeaderNames).toEqual(['authorization', 'content-type', 'x-b']);
    expect(a.forbiddenHeaderNames).toEqual(['host']);
    expect(a.reasons.map((r) => r.kind)).toEqual(['method', 'header', 'header', 'content-type']);
  });

  it('checks single headers', () => {
    expect(isCorsSafelistedRequestHeader('Content-Type', 'TEXT/PLAIN')).toBe(true);
    expect(isCorsSafelistedRequestHeader('Content-Type', 'text/plain\x01')).toBe(false);
    expect(isCorsSafelistedRequestHeader('Content-Type', 'nonsense')).toBe(false);
    expect(isCorsSafelistedRequestHeader('X-Anything', 'a')).toBe(false);
  });
});

describe('explainCorsFailure', () => {
  it('explains a JSON POST with a bearer token to another origin', () => {
    const e = explainCorsFailure({
      pageOrigin: page,
      targetUrl: 'https://api.example.com/books?x=1',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' },
    });
    expect(e.crossOrigin).toBe(true);
    expect(e.targetOrigin).toBe('https://api.example.com');
    expect(e.summary).toMatch(/CORS/);
    expect(e.whatIsCors).toMatch(/origin/);
    expect(e.preflight.needed).toBe(true);
    const byName = Object.fromEntries(e.serverMustSend.map((h) => [h.name, h]));
    expect(byName['Access-Control-Allow-Origin']?.value).toBe(page);
    expect(byName['Access-Control-Allow-Origin']?.on).toBe('both');
    expect(byName['Access-Control-Allow-Headers']?.value).toBe('authorization, content-type');
    expect(byName['Access-Control-Allow-Headers']?.why).toMatch(/\* does not cover/);
    expect(byName['Access-Control-Allow-Methods']).toBeUndefined();
    expect(byName['Access-Control-Allow-Credentials']).toBeUndefined();
    expect(e.fixes.map((f) => f.id)).toEqual(['relay', 'server', 'proxy']);
    expect(e.notes.join(' ')).toContain(
      'OPTIONS /books?x=1 with Access-Control-Request-Method: POST and Access-Control-Request-Headers: authorization,content-type',
    );
  });

  it('asks for the method and credentials when relevant', () => {
    const e = explainCorsFailure({
      pageOrigin: page,
      targetUrl: 'http://127.0.0.1:9999/x',
      method: 'DELETE',
      headers: [],
      credentials: 'include',
    });
    const names = e.serverMustSend.map((h) => `${h.name}: ${h.value}`);
    expect(names).toContain('Access-Control-Allow-Methods: DELETE');
    expect(names).toContain('Access-Control-Allow-Credentials: true');
    expect(e.notes.join(' ')).toMatch(/may not answer with \*/);
  });

  it('does not need a preflight for a simple GET and says the headers go on the response', () => {
    const e = explainCorsFailure({ pageOrigin: page, targetUrl: 'https://example.org/', method: 'GET', headers: {} });
    expect(e.preflight.needed).toBe(false);
    expect(e.serverMustSend.find((h) => h.name === 'Access-Control-Allow-Origin')?.on).toBe('response');
  });

  it('says CORS does not apply on the same origin', () => {
    const e = explainCorsFailure({ pageOrigin: page, targetUrl: `${page}/api`, method: 'PUT', headers: {} });
    expect(e.crossOrigin).toBe(false);
    expect(e.summary).toMatch(/does not apply/);
    expect(e.serverMustSend).toEqual([]);
    expect(e.fixes.map((f) => f.id)).toEqual(['relay']);
  });

  it('notes mixed content, lower-case methods and local-network access', () => {
    const mixed = explainCorsFailure({ pageOrigin: 'https://reqlab.example', targetUrl: 'http://api.example.com/', method: 'patch', headers: {} });
    expect(mixed.notes.join(' ')).toMatch(/mixed content/);
    expect(mixed.notes.join(' ')).toMatch(/"patch" exactly as typed/);
    expect(mixed.fixes.map((f) => f.id)).toContain('https');
    const local = explainCorsFailure({ pageOrigin: 'https://reqlab.example', targetUrl: 'http://localhost:8080/', method: 'GET', headers: {} });
    expect(local.notes.join(' ')).not.toMatch(/mixed content/);
    expect(local.notes.join(' ')).toMatch(/local-network/);
  });

  it('copes with an unparseable URL', () => {
    const e = explainCorsFailure({ pageOrigin: page, targetUrl: 'not a url', method: 'GET', headers: {} });
    expect(e.targetOrigin).toBeNull();
    expect(e.crossOrigin).toBe(false);
  });
});
