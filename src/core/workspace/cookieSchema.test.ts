import { describe, expect, it } from 'vitest';
import { cookieExpiresAt } from '../model';
import { cookieProblem, parseStoredCookie } from './cookieSchema';

const ok = { key: 'sid', value: 'a1', domain: '.Example.com', path: '/' };

describe('cookie records', () => {
  it('normalises the domain as RFC 6265 does (no leading dot, lower case)', () => {
    expect(parseStoredCookie(ok)?.domain).toBe('example.com');
  });

  it('names the field a person got wrong', () => {
    expect(cookieProblem({ ...ok, key: 'a b' })).toMatch(/^Name must be a token/);
    expect(cookieProblem({ ...ok, value: 'x;y' })).toMatch(/^Value may not hold/);
    expect(cookieProblem({ ...ok, domain: '' })).toBe('Domain is required.');
    expect(cookieProblem({ ...ok, path: 'docs' })).toBe('Path must start with /.');
    expect(cookieProblem(ok)).toBeNull();
  });

  it('expires by Max-Age from creation, else by Expires, else never (session)', () => {
    expect(cookieExpiresAt({ ...ok, maxAge: 10, creation: '2026-01-01T00:00:00.000Z', expires: '2030-01-01T00:00:00.000Z' })).toBe(Date.parse('2026-01-01T00:00:10.000Z'));
    expect(cookieExpiresAt({ ...ok, expires: '2030-01-01T00:00:00.000Z' })).toBe(Date.parse('2030-01-01T00:00:00.000Z'));
    expect(cookieExpiresAt({ ...ok, expires: 'Infinity' })).toBe(Infinity);
  });
});
