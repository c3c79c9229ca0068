import { encodePath, encodeQueryString } from './percent';
import { splitAuthority, splitUrl } from './split';

/**
 * The URL as it goes on the wire: path and query percent-encoded once (idempotent), the
 * fragment dropped (a fragment is never sent), a non-ASCII host converted to punycode.
 */
export function encodeUrlForSending(url: string): string {
  const { base, query } = splitUrl(url);
  const { scheme, authority, path } = splitAuthority(base);
  const host = asciiAuthority(authority);
  const prefix = scheme !== null ? `${scheme}://${host}` : base.startsWith('//') ? `//${host}` : host;
  let out = prefix + encodePath(path);
  if (query !== null && query !== '') out += `?${encodeQueryString(query)}`;
  return out;
}

function asciiAuthority(authority: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(authority)) return authority;
  try {
    // WHATWG URL does IDNA (punycode) for us; only the authority is taken from it.
    const parsed = new URL(`http://${authority}/`);
    return authority.slice(0, authority.lastIndexOf('@') + 1) + parsed.host;
  } catch {
    return authority;
  }
}
