import type { KeyValue } from '../model';
import { applyParamsToUrl, syncParamsFromUrl } from './params';
import { extractPathVariables } from './pathVariables';

interface UrlFields {
  url: string;
  params: KeyValue[];
  pathVariables: KeyValue[];
}

/** The URL field changed: params (disabled rows kept) and path variables follow it. */
export function withUrl<T extends UrlFields>(request: T, url: string): T {
  return {
    ...request,
    url,
    params: syncParamsFromUrl(url, request.params),
    pathVariables: extractPathVariables(url, request.pathVariables),
  };
}

/** The params table changed: the URL's query follows it (the fragment is kept). */
export function withParams<T extends UrlFields>(request: T, params: KeyValue[]): T {
  return { ...request, params, url: applyParamsToUrl(request.url, params) };
}
