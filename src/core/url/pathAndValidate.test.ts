import { describe, expect, it } from 'vitest';
import { newKeyValue } from '../model';
import {
  encodeUrlForSending,
  extractPathVariables,
  pathVariableNames,
  substitutePathVariables,
  validateUrl,
  withDefaultScheme,
} from './index';

describe('path variables', () => {
  it('finds :segments in the path only, not the port', () => {
    expect(pathVariableNames('http://localhost:3000/books/:id/pages/:page?x=:no#:frag')).toEqual(['id', 'page']);
    expect(pathVariableNames('localhost:8080/:id')).toEqual(['id']);
    expect(pathVariableNames('{{base}}/users/:userId')).toEqual(['userId']);
    expect(pathVariableNames('http://x/a:b/:/c')).toEqual([]);
  });

  it('keeps existing values and ids, drops gone ones, adds new ones', () => {
    const id = newKeyValue('id', '42');
    const gone = newKeyValue('old', 'x');
    const rows = extractPathVariables('http://x/books/:id/:page', [gone, id]);
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['id', '42'],
      ['page', ''],
    ]);
    expect(rows[0]!.id).toBe(id.id);
  });

  it('substitutes values as one encoded segment, leaves empty ones', () => {
    const values = new Map([
      ['id', 'a b/c'],
      ['page', ''],
    ]);
    expect(substitutePathVariables('http://h:1/books/:id/:page', values)).toBe('http://h:1/books/a%20b%2Fc/:page');
  });
});

describe('validateUrl', () => {
  const ok = { ok: true };
  it.each([
    'https://example.com',
    'http://localhost:3000/books/:id?q=a b',
    'example.com/path',
    'localhost:8080',
    '{{baseUrl}}/books',
    'http://{{host}}:{{port}}/x',
    'https://user:pa ss@api.example.com/',
    'http://[::1]:8080/',
    'http://bücher.de/',
    '  https://example.com  ',
    'http://example.com:/empty-port-means-default',
  ])('accepts %j', (url) => {
    expect(validateUrl(url)).toEqual(ok);
  });

  it.each([
    ['', /Enter a URL/],
    ['   ', /Enter a URL/],
    ['ftp://example.com', /"ftp:\/\/" is not supported.*http:\/\/ or https:\/\//],
    ['http:/example.com', /two slashes after "http:"/],
    ['http://', /no host/],
    ['http:///path', /no host/],
    ['http://exa mple.com/', /host "exa mple.com" contains a space/],
    ['http://exa<mple.com/', /contains "<"/],
    ['http://example.com:99999/', /port "99999" is not valid/],
    ['http://example.com:0/', /port "0"/],
    ['http://example.com:80a/', /port "80a"/],
    ['http://[::1/', /IPv6/],
    ['{{base/x', /variable "\{\{base\/x" is not closed/],
  ])('refuses %j', (url, message) => {
    const result = validateUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('encodeUrlForSending', () => {
  it('encodes path and query once, drops the fragment', () => {
    expect(encodeUrlForSending('http://x/a b/%41?q=a b&r=%20#frag')).toBe('http://x/a%20b/%41?q=a%20b&r=%20');
  });
  it('converts a unicode host to punycode and keeps the port', () => {
    expect(encodeUrlForSending('http://bücher.de:8080/ü')).toBe('http://xn--bcher-kva.de:8080/%C3%BC');
  });
  it('agrees with WHATWG URL on an already-normal URL', () => {
    const url = 'https://api.example.com/v1/items/%2F?q=caf%C3%A9&x=1';
    expect(encodeUrlForSending(url)).toBe(new URL(url).href);
  });
  it('adds http:// by default', () => {
    expect(withDefaultScheme('localhost:3000/x')).toBe('http://localhost:3000/x');
    expect(withDefaultScheme('//h/x')).toBe('http://h/x');
    expect(withDefaultScheme('HTTPS://h')).toBe('HTTPS://h');
  });
});
