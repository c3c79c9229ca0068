import type { KeyValue } from '../model';
import { newKeyValue } from '../model';

/** Splits a URL as typed into the part before `?` and its query (hash removed into its own part). */
export function splitUrl(url: string): { base: string; query: string | null; hash: string } {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const noHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const q = noHash.indexOf('?');
  return q >= 0 ? { base: noHash.slice(0, q), query: noHash.slice(q + 1), hash } : { base: noHash, query: null, hash };
}

/** Params as typed in the query string (no decoding: the URL bar shows what the person typed). */
export function paramsFromQuery(query: string | null): KeyValue[] {
  if (!query) return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq >= 0 ? newKeyValue(part.slice(0, eq), part.slice(eq + 1)) : newKeyValue(part, '');
    });
}

/** The query string for the enabled params, as typed. */
export function queryFromParams(params: KeyValue[]): string {
  return params
    .filter((p) => p.enabled)
    .map((p) => (p.value === '' ? p.key : `${p.key}=${p.value}`))
    .join('&');
}

export function withQuery(base: string, params: KeyValue[], hash = ''): string {
  const q = queryFromParams(params);
  return `${base}${q ? `?${q}` : ''}${hash}`;
}
