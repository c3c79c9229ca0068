/** A URL cut into the part before `?`, the query and the fragment, without any decoding. */
export interface UrlParts {
  base: string;
  /** The text after `?` (null when there is no `?`). */
  query: string | null;
  /** The text after `#` (null when there is no `#`). */
  fragment: string | null;
}

/** Splits at the first `#`, then at the first `?` before it, like every URL parser does. */
export function splitUrl(url: string): UrlParts {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? null : url.slice(hash + 1);
  const q = beforeHash.indexOf('?');
  if (q < 0) return { base: beforeHash, query: null, fragment };
  return { base: beforeHash.slice(0, q), query: beforeHash.slice(q + 1), fragment };
}

export function joinUrl(parts: UrlParts): string {
  let out = parts.base;
  if (parts.query !== null && parts.query !== '') out += `?${parts.query}`;
  if (parts.fragment !== null) out += `#${parts.fragment}`;
  return out;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

export function hasScheme(url: string): boolean {
  return SCHEME.test(url);
}

/**
 * Adds `http://` when the URL has no `scheme://`, as Postman does (`localhost:3000/x`,
 * `example.com`). `//host/x` becomes `http://host/x`.
 */
export function withDefaultScheme(url: string): string {
  if (hasScheme(url)) return url;
  if (url.startsWith('//')) return `http:${url}`;
  return `http://${url}`;
}

/** The authority (`user@host:port`) and the path of the base part of a URL. */
export function splitAuthority(base: string): { scheme: string | null; authority: string; path: string } {
  const m = SCHEME.exec(base);
  let rest = base;
  let scheme: string | null = null;
  if (m) {
    scheme = m[0].slice(0, -3);
    rest = base.slice(m[0].length);
  } else if (base.startsWith('//')) {
    rest = base.slice(2);
  } else if (base.startsWith('/')) {
    return { scheme: null, authority: '', path: base };
  }
  const slash = rest.indexOf('/');
  if (slash < 0) return { scheme, authority: rest, path: '' };
  return { scheme, authority: rest.slice(0, slash), path: rest.slice(slash) };
}
