import { describe, expect, it } from 'vitest';
import { parseCookieDate, parseResponseCookies, parseSetCookie, parseSetCookieResult, splitSetCookieHeader } from './cookies';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);
const parse = (v: string) => parseSetCookie(v, { now: NOW });

describe('parseSetCookie', () => {
  it('parses a full cookie with every attribute', () => {
    const c = parse(
      'sid=abc123; Domain=.Example.COM; Path=/app; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Max-Age=3600; Secure; HttpOnly; SameSite=strict; Partitioned',
    );
    expect(c).toMatchObject({
      name: 'sid',
      value: 'abc123',
      domain: 'example.com',
      path: '/app',
      expires: 'Wed, 21 Oct 2026 07:28:00 GMT',
      expiresAt: Date.UTC(2026, 9, 21, 7, 28, 0),
      maxAge: 3600,
      secure: true,
      httpOnly: true,
      sameSite: 'Strict',
      partitioned: true,
    });
    expect(c?.warnings).toEqual([]);
  });

  it('keeps "=" inside the value and trims only spaces and tabs', () => {
    expect(parse('  token = a=b==  ; path=/')).toMatchObject({ name: 'token', value: 'a=b==', path: '/' });
    expect(parse('q="quoted value"')?.value).toBe('"quoted value"');
  });

  it('treats a pair without "=" as an empty name', () => {
    const c = parse('justavalue; Secure');
    expect(c).toMatchObject({ name: '', value: 'justavalue', secure: true });
    expect(c?.warnings.join(' ')).toMatch(/no name/);
  });

  it('rejects what browsers ignore', () => {
    expect(parse('')).toBeNull();
    expect(parse('=')).toBeNull();
    expect(parse('a=b\nc')).toBeNull();
    expect(parse('a=' + 'x'.repeat(4096))).toBeNull();
    const r = parseSetCookieResult('a=\x00');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/control/);
  });

  it('accepts a tab inside the value', () => {
    expect(parse('a=b\tc')?.value).toBe('b\tc');
  });

  it('reads attribute names case-insensitively, the last one winning', () => {
    const c = parse('a=1; PATH=/one; path=/two; sAmEsItE=LAX; secure; HTTPONLY');
    expect(c).toMatchObject({ path: '/two', sameSite: 'Lax', secure: true, httpOnly: true });
  });

  it('ignores malformed attributes with a warning', () => {
    const c = parse('a=1; Max-Age=12abc; Domain=; Path=relative; SameSite=sometimes; Expires=not a date; Unknown=1');
    expect(c?.maxAge).toBeUndefined();
    expect(c?.domain).toBeUndefined();
    expect(c?.path).toBeUndefined();
    expect(c?.sameSite).toBeUndefined();
    expect(c?.expiresAt).toBeUndefined();
    expect(c?.warnings).toHaveLength(5);
  });

  it('keeps an earlier valid Expires when a later one is unreadable', () => {
    const c = parse('a=1; Expires=Thu, 01 Jan 2027 00:00:00 GMT; Expires=garbage');
    expect(c?.expiresAt).toBe(Date.UTC(2027, 0, 1));
  });

  it('reads negative Max-Age as a deletion', () => {
    const c = parse('a=1; Max-Age=-1');
    expect(c?.maxAge).toBe(-1);
    expect(c?.warnings.join(' ')).toMatch(/deletes/);
  });

  it('warns about rules browsers enforce', () => {
    expect(parse('a=1; SameSite=None')?.warnings.join(' ')).toMatch(/without Secure/);
    expect(parse('__Secure-a=1')?.warnings.join(' ')).toMatch(/__Secure-/);
    expect(parse('__Host-a=1; Secure; Path=/; Domain=x.com')?.warnings.join(' ')).toMatch(/__Host-/);
    expect(parse('__Host-a=1; Secure; Path=/')?.warnings).toEqual([]);
    expect(parse('a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT')?.warnings.join(' ')).toMatch(/past/);
    expect(parse('a=1; Max-Age=99999999')?.warnings.join(' ')).toMatch(/400 days/);
  });
});

describe('parseCookieDate', () => {
  it.each([
    ['Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 28, 0)],
    ['Wednesday, 21-Oct-15 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 28, 0)],
    ['Wed Oct 21 07:28:00 2015', Date.UTC(2015, 9, 21, 7, 28, 0)],
    ['21 October 1999 1:2:3', Date.UTC(1999, 9, 21, 1, 2, 3)],
    ['Thu, 01-Jan-70 00:00:01 GMT', 1000],
    ['Sat, 01 Jan 69 00:00:00 GMT', Date.UTC(2069, 0, 1)],
  ])('%s', (text, expected) => {
    expect(parseCookieDate(text)).toBe(expected);
  });

  it.each(['', 'tomorrow', '31 Feb 2020 00:00:00', '21 Oct 2015', '21 Oct 2015 24:00:00', '21 Oct 1500 00:00:00', '32 Oct 2015 00:00:00'])(
    'rejects %j',
    (text) => {
      expect(parseCookieDate(text)).toBeNull();
    },
  );
});

describe('splitSetCookieHeader', () => {
  it('splits joined cookies without breaking Expires dates', () => {
    const joined = 'a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/, b=2; HttpOnly,c=3';
    expect(splitSetCookieHeader(joined)).toEqual([
      'a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/',
      'b=2; HttpOnly',
      'c=3',
    ]);
  });

  it('keeps commas inside values', () => {
    expect(splitSetCookieHeader('list=a,b,c; Path=/')).toEqual(['list=a,b,c; Path=/']);
  });

  it('parses every Set-Cookie in a header list, repeats kept', () => {
    const all = parseResponseCookies(
      [
        ['Content-Type', 'text/plain'],
        ['set-cookie', 'a=1'],
        ['Set-Cookie', 'b=2; Expires=Thu, 01 Jan 2037 00:00:00 GMT, c=3'],
        ['Set-Cookie', '='],
      ],
      { now: NOW },
    );
    expect(all.map((c) => c.raw)).toEqual(['a=1', 'b=2; Expires=Thu, 01 Jan 2037 00:00:00 GMT', 'c=3', '=']);
    expect(all.map((c) => c.result.ok)).toEqual([true, true, true, false]);
  });
});
