import { Cookie, CookieJar, MemoryCookieStore } from 'tough-cookie';
import { cookieExpiresAt, cookieStoreKey, type CookieChanges, type CookieKey, type StoredCookie } from '../../core/model/cookies.ts';
import type { HopRequest } from './redirects.ts';

/**
 * The relay's use of a cookie jar. RFC 6265's rules (domain and path matching, Secure, HttpOnly,
 * Max-Age/Expires, public suffixes) are tough-cookie's, not ours: this file only moves cookies in
 * and out of it.
 */

/** A jar holding the page's cookies; broken records are skipped, never fatal. */
export function jarFromCookies(cookies: readonly StoredCookie[]): CookieJar {
  const jar = new CookieJar(new MemoryCookieStore());
  for (const record of cookies) {
    const cookie = Cookie.fromJSON(record);
    if (!cookie) continue;
    try {
      jar.store.putCookie(cookie, () => undefined);
    } catch {
      // A record the store refuses (no domain…) is left out of this call.
    }
  }
  return jar;
}

const nameOf = (pair: string) => pair.split('=', 1)[0]!.trim();

/**
 * The hop's headers with the jar's matching cookies added. A Cookie header the person typed
 * is kept and wins: jar cookies of the same name are not added to it.
 */
export function headersWithJarCookies(hop: HopRequest, jar: CookieJar): [string, string][] {
  const fromJar = jar.getCookiesSync(hop.url.href, { http: true }).map((c) => c.cookieString());
  if (fromJar.length === 0) return hop.headers;
  const typedIndex = hop.headers.findIndex(([n]) => n.toLowerCase() === 'cookie');
  if (typedIndex === -1) return [...hop.headers, ['Cookie', fromJar.join('; ')]];
  const typed = hop.headers[typedIndex]![1];
  const typedNames = new Set(typed.split(';').map(nameOf));
  const extra = fromJar.filter((pair) => !typedNames.has(nameOf(pair)));
  if (extra.length === 0) return hop.headers;
  const merged: [string, string] = ['Cookie', [typed, ...extra].join('; ')];
  return hop.headers.map((h, i) => (i === typedIndex ? merged : h));
}

/** Stores a response's Set-Cookie headers (in order); the keys of the cookies they named go into `touched`. */
export function storeSetCookies(jar: CookieJar, setCookies: readonly string[], url: URL, touched: Map<string, CookieKey>): void {
  for (const header of setCookies) {
    let cookie: Cookie | undefined;
    try {
      cookie = jar.setCookieSync(header, url.href, { http: true, ignoreError: true });
    } catch {
      cookie = undefined;
    }
    if (!cookie?.domain || !cookie.path) continue;
    const key = { domain: cookie.domain, path: cookie.path, key: cookie.key };
    touched.set(cookieStoreKey(key), key);
  }
}

/** The final state of every touched cookie: kept ones are set, expired or replaced-by-expiry ones removed. */
export function cookieChangesOf(jar: CookieJar, touched: ReadonlyMap<string, CookieKey>, now = Date.now()): CookieChanges {
  const all = new Map<string, StoredCookie>();
  for (const c of jar.serializeSync()?.cookies ?? []) {
    const record = c as unknown as StoredCookie;
    all.set(cookieStoreKey(record), record);
  }
  const changes: CookieChanges = { set: [], removed: [] };
  for (const [id, key] of touched) {
    const record = all.get(id);
    if (record && cookieExpiresAt(record) > now) changes.set.push(record);
    else changes.removed.push(key);
  }
  return changes;
}
