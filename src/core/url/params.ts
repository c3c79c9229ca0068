import { newKeyValue, type KeyValue } from '../model';
import { encodeQueryKey, encodeQueryValue } from './percent';
import { joinUrl, splitUrl } from './split';

/**
 * Params are kept as written in the URL (Postman's model): no decoding, so `%2B` and `+`,
 * `%7E` and `~` stay what the person wrote. Writing params back encodes only what cannot
 * appear literally (see percent.ts), which is idempotent.
 */
export interface QueryPair {
  key: string;
  value: string;
  /** Written without `=` (`?flag`). */
  noValue: boolean;
}

/** Splits a query string (without `?`) into pairs. Empty segments (`a&&b`) carry nothing and are skipped. */
export function parseQueryString(query: string): QueryPair[] {
  const pairs: QueryPair[] = [];
  for (const segment of query.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    if (eq < 0) pairs.push({ key: segment, value: '', noValue: true });
    else pairs.push({ key: segment.slice(0, eq), value: segment.slice(eq + 1), noValue: false });
  }
  return pairs;
}

/** The query params of a URL as new table rows, in order, repeats kept. */
export function parseQuery(url: string): KeyValue[] {
  const { query } = splitUrl(url);
  if (query === null) return [];
  return parseQueryString(query).map((p) => toRow(p));
}

function toRow(p: QueryPair): KeyValue {
  const row = newKeyValue(p.key, p.value, true);
  if (p.noValue) row.noValue = true;
  return row;
}

/** A row the person has not filled in yet (the table's blank last line): never part of the URL. */
export function isBlankParam(row: KeyValue): boolean {
  return row.key === '' && row.value === '' && !row.noValue;
}

export function serializeQueryPair(key: string, value: string, noValue: boolean): string {
  const k = encodeQueryKey(key);
  return noValue && value === '' ? k : `${k}=${encodeQueryValue(value)}`;
}

/** The enabled, non-blank rows as a query string (without `?`). */
export function serializeParams(params: KeyValue[]): string {
  return params
    .filter((p) => p.enabled && !isBlankParam(p))
    .map((p) => serializeQueryPair(p.key, p.value, !!p.noValue))
    .join('&');
}

/** Table → URL: replaces the URL's query with the enabled params; the fragment is kept. */
export function applyParamsToUrl(url: string, params: KeyValue[]): string {
  const parts = splitUrl(url);
  return joinUrl({ ...parts, query: serializeParams(params) });
}

/**
 * URL → table: the URL's params replace the enabled rows in order (ids and descriptions are
 * reused by position); disabled and blank rows are not in the URL, so they stay where they were.
 * New params are appended; enabled rows beyond the URL's count are removed.
 */
export function syncParamsFromUrl(url: string, previous: KeyValue[]): KeyValue[] {
  const { query } = splitUrl(url);
  const parsed = query === null ? [] : parseQueryString(query);
  const out: KeyValue[] = [];
  let next = 0;
  for (const row of previous) {
    if (!row.enabled || isBlankParam(row)) {
      out.push(row);
      continue;
    }
    const p = parsed[next++];
    if (!p) continue;
    const { noValue: _dropped, ...rest } = row;
    out.push(p.noValue ? { ...rest, key: p.key, value: p.value, noValue: true } : { ...rest, key: p.key, value: p.value });
  }
  for (; next < parsed.length; next++) out.push(toRow(parsed[next]!));
  return out;
}
