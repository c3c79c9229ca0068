import { describe, expect, it } from 'vitest';
import {
  COMMON_HEADER_NAMES,
  commonHeaderValues,
  describeHeader,
  findHeader,
  isForbiddenRequestHeader,
  isForbiddenResponseHeader,
  KNOWN_HEADERS,
} from './headers';

// The Fetch Standard's forbidden request-header names, written out independently of the code.
const FETCH_FORBIDDEN = [
  'Accept-Charset', 'Accept-Encoding', 'Access-Control-Request-Headers', 'Access-Control-Request-Method',
  'Connection', 'Content-Length', 'Cookie', 'Cookie2', 'Date', 'DNT', 'Expect', 'Host', 'Keep-Alive',
  'Origin', 'Referer', 'Set-Cookie', 'TE', 'Trailer', 'Transfer-Encoding', 'Upgrade', 'Via',
];

describe('forbidden request headers (Fetch Standard)', () => {
  it.each(FETCH_FORBIDDEN)('%s is forbidden in any case', (name) => {
    expect(isForbiddenRequestHeader(name)).toBe(true);
    expect(isForbiddenRequestHeader(name.toUpperCase())).toBe(true);
    expect(isForbiddenRequestHeader(` ${name.toLowerCase()} `)).toBe(true);
  });

  it('forbids the Proxy- and Sec- prefixes', () => {
    expect(isForbiddenRequestHeader('Proxy-Authorization')).toBe(true);
    expect(isForbiddenRequestHeader('proxy-anything')).toBe(true);
    expect(isForbiddenRequestHeader('Sec-Fetch-Mode')).toBe(true);
    expect(isForbiddenRequestHeader('SEC-CH-UA')).toBe(true);
  });

  it('allows ordinary headers, including User-Agent which left the list', () => {
    for (const n of ['Content-Type', 'Authorization', 'Accept', 'User-Agent', 'X-Request-Id', 'Secret', 'Proxy'])
      expect(isForbiddenRequestHeader(n), n).toBe(false);
  });

  it('forbids method-override headers only when they carry a forbidden method', () => {
    expect(isForbiddenRequestHeader('X-HTTP-Method-Override', 'TRACE')).toBe(true);
    expect(isForbiddenRequestHeader('X-HTTP-Method', 'get, connect')).toBe(true);
    expect(isForbiddenRequestHeader('X-Method-Override', 'PATCH')).toBe(false);
    expect(isForbiddenRequestHeader('X-HTTP-Method-Override')).toBe(false);
    for (const v of ['trace,', 'GET,track ', ' connect', 'TRACK'])
      expect(isForbiddenRequestHeader('X-METHOD-OVERRIDE', v), v).toBe(true);
    for (const v of ['GETTRACE', 'GET', '",TRACE",', '"x,TRACE,y"', '"TRACE"']) expect(isForbiddenRequestHeader('x-http-method', v), v).toBe(false);
  });

  it('never lets pages read Set-Cookie', () => {
    expect(isForbiddenResponseHeader('set-cookie')).toBe(true);
    expect(isForbiddenResponseHeader('Set-Cookie2')).toBe(true);
    expect(isForbiddenResponseHeader('Cookie')).toBe(false);
  });
});

describe('known headers', () => {
  it('explains at least 60 headers, each once, with a summary and direction', () => {
    expect(KNOWN_HEADERS.length).toBeGreaterThanOrEqual(60);
    const lower = KNOWN_HEADERS.map((h) => h.name.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    for (const h of KNOWN_HEADERS) {
      expect(h.summary.length, h.name).toBeGreaterThan(20);
      expect(['request', 'response', 'both']).toContain(h.direction);
      if (!h.nonStandard) expect(h.spec, h.name).toBeDefined();
    }
  });

  it('includes the headers the brief names', () => {
    const required = [
      'Content-Type', 'Content-Length', 'Content-Encoding', 'Cache-Control', 'ETag', 'Last-Modified',
      'If-None-Match', 'If-Match', 'Location', 'Set-Cookie', 'Cookie', 'Authorization', 'WWW-Authenticate',
      'Accept', 'Accept-Encoding', 'Accept-Language', 'Access-Control-Allow-Origin', 'Access-Control-Allow-Methods',
      'Access-Control-Allow-Headers', 'Access-Control-Allow-Credentials', 'Access-Control-Expose-Headers',
      'Access-Control-Max-Age', 'Vary', 'Allow', 'Retry-After', 'Strict-Transport-Security',
      'Content-Security-Policy', 'X-Content-Type-Options', 'Link', 'Server', 'Date', 'Age', 'Expires', 'Range',
      'Content-Range', 'Accept-Ranges', 'Transfer-Encoding', 'Connection', 'Keep-Alive', 'User-Agent', 'Referer',
      'Origin', 'Host', 'X-Forwarded-For', 'Forwarded', 'X-Request-Id',
    ];
    for (const n of required) expect(findHeader(n)?.name, n).toBe(n);
  });

  it('derives forbiddenInBrowser from the Fetch rules', () => {
    expect(findHeader('host')?.forbiddenInBrowser).toBe(true);
    expect(findHeader('Cookie')?.forbiddenInBrowser).toBe(true);
    expect(findHeader('Sec-Fetch-Site')?.forbiddenInBrowser).toBe(true);
    expect(findHeader('Authorization')?.forbiddenInBrowser).toBe(false);
    expect(findHeader('Content-Type')?.forbiddenInBrowser).toBe(false);
  });

  it('gives unknown headers a generic explanation', () => {
    expect(describeHeader('X-Tenant').details).toMatch(/RFC 6648/);
    expect(describeHeader('Sec-Custom').forbiddenInBrowser).toBe(true);
    expect(describeHeader('my-header').summary).toMatch(/no notes/);
    expect(describeHeader('etag').name).toBe('ETag');
  });
});

describe('autocomplete', () => {
  it('offers request-side names, sorted, without response-only or Sec- ones', () => {
    expect(COMMON_HEADER_NAMES).toContain('Authorization');
    expect(COMMON_HEADER_NAMES).toContain('Content-Type');
    expect(COMMON_HEADER_NAMES).not.toContain('Set-Cookie');
    expect(COMMON_HEADER_NAMES).not.toContain('Sec-Fetch-Mode');
    expect([...COMMON_HEADER_NAMES]).toEqual([...COMMON_HEADER_NAMES].sort((a, b) => a.localeCompare(b)));
  });

  it('suggests values by header, case-insensitively', () => {
    expect(commonHeaderValues('content-type')).toContain('application/json');
    expect(commonHeaderValues('Accept')).toContain('*/*');
    expect(commonHeaderValues('Cache-Control')).toContain('no-store');
    expect(commonHeaderValues('X-Unknown')).toEqual([]);
    expect(commonHeaderValues('X-HTTP-Method-Override')).not.toContain('TRACE');
  });
});
