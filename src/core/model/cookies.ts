/**
 * A cookie in the jar, in tough-cookie's JSON shape (what `Cookie.toJSON()` writes and
 * `CookieJar.deserialize` reads), so the relay can rebuild a jar from it without a translation.
 * Dates are ISO strings; `expires` absent or "Infinity" means a session cookie.
 */
export interface StoredCookie {
  key: string;
  value: string;
  domain: string;
  path: string;
  expires?: string;
  /** Seconds from `creation`, as the server sent it (Max-Age wins over Expires). */
  maxAge?: number | 'Infinity' | '-Infinity';
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: string;
  /** True: only the exact host; false: the domain and its subdomains. */
  hostOnly?: boolean;
  pathIsDefault?: boolean;
  creation?: string;
  lastAccessed?: string;
}

/** What one relay call changed in the jar: cookies set (or replaced) and cookies removed. */
export interface CookieChanges {
  set: StoredCookie[];
  removed: CookieKey[];
}

export interface CookieKey {
  domain: string;
  path: string;
  key: string;
}

/** The jar's store key of a cookie: RFC 6265 identifies a cookie by name, domain and path. */
export function cookieStoreKey(c: CookieKey): string {
  return `${c.domain};${c.path};${c.key}`;
}

/** When a stored cookie stops being sent, in ms since the epoch (Infinity for a session cookie). */
export function cookieExpiresAt(c: StoredCookie): number {
  if (typeof c.maxAge === 'number') return (c.creation ? Date.parse(c.creation) : 0) + c.maxAge * 1000;
  if (c.maxAge === '-Infinity') return -Infinity;
  if (!c.expires || c.expires === 'Infinity') return Infinity;
  const at = Date.parse(c.expires);
  return Number.isNaN(at) ? Infinity : at;
}
