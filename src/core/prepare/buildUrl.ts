import type { KeyValue } from '../model';
import {
  encodeQueryString,
  encodeUrlForSending,
  isServerRelative,
  isBlankParam,
  parseQuery,
  serializeQueryPair,
  splitUrl,
  substitutePathVariables,
  validateUrl,
  withDefaultScheme,
} from '../url';
import { PrepareError } from './PrepareError';

export interface UrlInput {
  url: string;
  params: KeyValue[];
  pathVariables: KeyValue[];
  /** API key in the query: plain values, encoded here as data (a `+` arrives as `+`). */
  authQuery: { key: string; value: string }[];
}

/**
 * The URL to send. The params table is the truth for the query (the URL's own query is its
 * view); when the table is empty the URL's query is used, so nothing typed is ever dropped.
 * Variables resolve inside each part, then everything is percent-encoded once; the fragment
 * is dropped because it never goes on the wire.
 */
export function buildUrl(input: UrlInput, resolve: (text: string) => string, pageOrigin?: string): string {
  const typed = input.url.trim();
  if (typed === '') throw new PrepareError('url', 'Enter a URL, for example https://example.com/path.');
  const params = input.params.length > 0 ? input.params : parseQuery(typed);

  const pathValues = new Map<string, string>();
  for (const row of input.pathVariables) if (row.enabled) pathValues.set(row.key, resolve(row.value));
  const resolvedBase = substitutePathVariables(resolve(splitUrl(typed).base), pathValues);
  // A variable may have brought its own query (`{{endpoint}}` = `/search?x=1`): keep it first.
  const { base, query: baseQuery } = splitUrl(resolvedBase);

  const query: string[] = [];
  if (baseQuery) query.push(encodeQueryString(baseQuery));
  for (const row of params) {
    if (!row.enabled || isBlankParam(row)) continue;
    query.push(serializeQueryPair(resolve(row.key), resolve(row.value), !!row.noValue));
  }
  for (const { key, value } of input.authQuery) query.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);

  const relative = isServerRelative(base);
  const absolute = relative && pageOrigin ? `${pageOrigin}${base}` : withDefaultScheme(base);
  // Without a page there is no server for `/path`: say that, not just "no host".
  const check = relative && !pageOrigin ? validateUrl(base) : validateUrl(absolute);
  if (!check.ok) throw new PrepareError('url', check.message);
  return encodeUrlForSending(query.length > 0 ? `${absolute}?${query.join('&')}` : absolute);
}
