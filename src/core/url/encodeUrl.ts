import { encodePath, encodeQueryString } from './percent';
import { splitAuthority, splitUrl } from './split';

/**
 * The URL as it goes on the wire. Path and query are percent-encoded once (idempotent, so
 * `a%20b` stays and `a b` becomes `a%20b`; a stray `%` becomes `%25`), the fragment is dropped
 * (never sent), then the result is put in WHATWG form — what both the browser and Node's
 * http client would send for it: lower-case punycode host, default port removed, `/` for an
 * empty path, dot segments resolved, `'` in the query as %27.
 * While a `{{variable}}` is still unresolved the URL is left as is, so the person sees it.
 */
export function encodeUrlForSending(url: string): string {
  const { base, query } = splitUrl(url);
  const { path } = splitAuthority(base);
  let out = base.slice(0, base.length - path.length) + encodePath(path);
  if (query !== null && query !== '') out += `?${encodeQueryString(query)}`;
  if (/\{\{[^{}]+\}\}/.test(out)) return out;
  try {
    return new URL(out).href;
  } catch {
    return out;
  }
}
