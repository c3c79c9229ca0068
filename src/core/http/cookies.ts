import type { ParsedSetCookie, SameSite, SetCookieParseResult } from '../model';
import { parseCookieDate } from './cookieDate';

export { parseCookieDate };

/** Browsers cap a cookie's lifetime at 400 days (RFC 6265bis). */
export const MAX_COOKIE_AGE_SECONDS = 400 * 24 * 60 * 60;

const WSP = /^[ \t]+|[ \t]+$/g;

/** RFC 6265bis: a CTL other than tab makes the browser drop the whole header. */
function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

function trimWsp(s: string): string {
  return s.replace(WSP, '');
}

interface ParseOptions {
  /** The moment the cookie was received, for expiry checks (ms since the epoch). */
  now?: number;
}

/**
 * Parses one Set-Cookie header value the way RFC 6265bis tells browsers to: lenient about
 * attributes (unknown or malformed ones are ignored), strict only where a browser drops the cookie.
 */
export function parseSetCookieResult(headerValue: string, options: ParseOptions = {}): SetCookieParseResult {
  if (hasControlChar(headerValue)) {
    return { ok: false, reason: 'It contains control characters, so browsers ignore the whole header.' };
  }
  const semi = headerValue.indexOf(';');
  const pair = semi >= 0 ? headerValue.slice(0, semi) : headerValue;
  const attributes = semi >= 0 ? headerValue.slice(semi + 1) : '';
  const eq = pair.indexOf('=');
  // A pair without "=" is a cookie with an empty name (RFC 6265bis), not a name without a value.
  const name = trimWsp(eq >= 0 ? pair.slice(0, eq) : '');
  const value = trimWsp(eq >= 0 ? pair.slice(eq + 1) : pair);
  if (name === '' && value === '') return { ok: false, reason: 'It has neither a name nor a value.' };
  if (name.length + value.length > 4096) {
    return { ok: false, reason: 'Name and value together exceed 4096 bytes, so browsers ignore the cookie.' };
  }

  const cookie: ParsedSetCookie = { name, value, secure: false, httpOnly: false, partitioned: false, warnings: [] };
  const warn = (w: string) => cookie.warnings.push(w);

  for (const av of attributes.split(';')) {
    const avEq = av.indexOf('=');
    const key = trimWsp(avEq >= 0 ? av.slice(0, avEq) : av).toLowerCase();
    const val = avEq >= 0 ? trimWsp(av.slice(avEq + 1)) : '';
    if (key === '') continue;
    if (val.length > 1024) {
      warn(`The ${key} attribute is longer than 1024 bytes and is ignored.`);
      continue;
    }
    switch (key) {
      case 'expires': {
        // An unreadable date is ignored, so an earlier valid Expires stays in force.
        const at = parseCookieDate(val);
        if (at === null) warn(`Expires "${val}" is not a date a browser can read, so it is ignored.`);
        else {
          cookie.expires = val;
          cookie.expiresAt = at;
        }
        break;
      }
      case 'max-age':
        if (/^-?\d+$/.test(val)) cookie.maxAge = Number(val);
        else warn(`Max-Age "${val}" is not a whole number of seconds, so it is ignored.`);
        break;
      case 'domain':
        if (val === '') warn('An empty Domain attribute is ignored.');
        else cookie.domain = val.replace(/^\./, '').toLowerCase();
        break;
      case 'path':
        if (val.startsWith('/')) cookie.path = val;
        else {
          delete cookie.path;
          if (val !== '') warn(`Path "${val}" does not start with "/", so the browser uses the request's directory instead.`);
        }
        break;
      case 'secure':
        cookie.secure = true;
        break;
      case 'httponly':
        cookie.httpOnly = true;
        break;
      case 'partitioned':
        cookie.partitioned = true;
        break;
      case 'samesite': {
        const match = (['Strict', 'Lax', 'None'] as SameSite[]).find((s) => s.toLowerCase() === val.toLowerCase());
        if (match) cookie.sameSite = match;
        else {
          delete cookie.sameSite;
          warn(`SameSite "${val}" is not Strict, Lax or None, so the browser's default (Lax) applies.`);
        }
        break;
      }
      default:
        // Unknown attributes are ignored by browsers; keep parsing the rest.
        break;
    }
  }

  checkBrowserRules(cookie, options.now ?? Date.now());
  return { ok: true, cookie };
}

function checkBrowserRules(c: ParsedSetCookie, now: number): void {
  const lowerName = c.name.toLowerCase();
  if (c.name === '') c.warnings.push('The cookie has no name, only a value; many servers cannot read it back.');
  if (c.sameSite === 'None' && !c.secure) c.warnings.push('SameSite=None without Secure: browsers reject this cookie.');
  if (c.partitioned && !c.secure) c.warnings.push('Partitioned without Secure: browsers reject this cookie.');
  if (lowerName.startsWith('__secure-') && !c.secure) {
    c.warnings.push('A __Secure- cookie must have the Secure attribute: browsers reject this one.');
  }
  if (lowerName.startsWith('__host-') && (!c.secure || c.domain !== undefined || c.path !== '/')) {
    c.warnings.push('A __Host- cookie needs Secure, Path=/ and no Domain: browsers reject this one.');
  }
  if (c.maxAge !== undefined) {
    if (c.maxAge <= 0) c.warnings.push('Max-Age is zero or negative: this deletes the cookie.');
    else if (c.maxAge > MAX_COOKIE_AGE_SECONDS) c.warnings.push('Browsers cap cookie lifetime at 400 days; this Max-Age is longer.');
  } else if (c.expiresAt !== undefined) {
    if (c.expiresAt <= now) c.warnings.push('Expires is in the past: this deletes the cookie.');
    else if (c.expiresAt - now > MAX_COOKIE_AGE_SECONDS * 1000) c.warnings.push('Browsers cap cookie lifetime at 400 days; this Expires is later.');
  }
}

/** The parsed cookie, or null when a browser would ignore the header entirely. */
export function parseSetCookie(headerValue: string, options: ParseOptions = {}): ParsedSetCookie | null {
  const result = parseSetCookieResult(headerValue, options);
  return result.ok ? result.cookie : null;
}

const STARTS_COOKIE = /^[ \t]*[!#$%&'*+\-.^_`|~0-9A-Za-z]+[ \t]*=/;

/**
 * Splits Set-Cookie values that a library joined with commas, without breaking Expires dates
 * ("Expires=Wed, 21 Oct 2015 …"): a comma starts a new cookie only when "name=" follows it.
 */
export function splitSetCookieHeader(combined: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < combined.length; i++) {
    if (combined[i] === ',' && STARTS_COOKIE.test(combined.slice(i + 1, i + 258))) {
      parts.push(combined.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(combined.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Every Set-Cookie in a response's header list, in order, each with its parse result. */
export function parseResponseCookies(
  headers: [string, string][],
  options: ParseOptions = {},
): { raw: string; result: SetCookieParseResult }[] {
  return headers
    .filter(([n]) => n.toLowerCase() === 'set-cookie')
    .flatMap(([, v]) => splitSetCookieHeader(v))
    .map((raw) => ({ raw, result: parseSetCookieResult(raw, options) }));
}

/** Why a page's script (the browser sender) never sees cookies. */
export const BROWSER_COOKIE_NOTE =
  'Browsers never let a page read Set-Cookie from a response, even when CORS allows everything else: ' +
  'cookies go straight into the browser\'s cookie jar. Send through the local relay to see every cookie the server set.';
