import { cookieExpiresAt, type StoredCookie } from '../../../core/model';

/** Cookies grouped by domain (sorted), each group by path then name; expired ones are left out, as they are never sent. */
export function cookiesByDomain(cookies: readonly StoredCookie[], now = Date.now()): [string, StoredCookie[]][] {
  const groups = new Map<string, StoredCookie[]>();
  for (const c of cookies) {
    if (cookieExpiresAt(c) <= now) continue;
    const list = groups.get(c.domain) ?? [];
    list.push(c);
    groups.set(c.domain, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([domain, list]) => [domain, list.sort((a, b) => a.path.localeCompare(b.path) || a.key.localeCompare(b.key))]);
}

/** "Session" or the local date and time it expires. */
export function expiryLabel(c: StoredCookie): string {
  const at = cookieExpiresAt(c);
  return at === Infinity ? 'Session' : `Expires ${new Date(at).toLocaleString()}`;
}
