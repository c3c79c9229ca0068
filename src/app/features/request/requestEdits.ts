import type { Auth, BodyMode, KeyValue, RequestModel } from '../../../core/model';
import { applyParamsToUrl, extractPathVariables, syncParamsFromUrl } from '../../../core/url';

/** URL → params and path variables follow what was typed. */
export function withUrl(request: RequestModel, url: string): RequestModel {
  return {
    ...request,
    url,
    params: syncParamsFromUrl(url, request.params),
    pathVariables: extractPathVariables(url, request.pathVariables),
  };
}

/** Params table → the URL's query is rewritten from the enabled rows. */
export function withParams(request: RequestModel, params: KeyValue[]): RequestModel {
  return { ...request, params, url: applyParamsToUrl(request.url, params) };
}

export function withPathVariables(request: RequestModel, pathVariables: KeyValue[]): RequestModel {
  return { ...request, pathVariables };
}

export function withHeaders(request: RequestModel, headers: KeyValue[]): RequestModel {
  return { ...request, headers };
}

export function withAuth(request: RequestModel, auth: Auth): RequestModel {
  return { ...request, auth };
}

/** Only the mode changes: every mode's content stays in the model, so switching back loses nothing. */
export function withBodyMode(request: RequestModel, mode: BodyMode): RequestModel {
  return { ...request, body: { ...request.body, mode } };
}

/** Switching an auto header off, or back on. */
export function withAutoHeaderDisabled(request: RequestModel, name: string, disabled: boolean): RequestModel {
  const lower = name.toLowerCase();
  const current = request.disabledAutoHeaders ?? [];
  const next = disabled ? [...new Set([...current, lower])] : current.filter((n) => n !== lower);
  return { ...request, disabledAutoHeaders: next };
}
