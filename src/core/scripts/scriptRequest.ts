import { newId, RAW_BODY_MODES, type KeyValue, type PreparedRequest, type RequestModel } from '../model';
import type { ScriptRequest } from '../model/scripts';
import { withUrl } from '../url';

const isRaw = (mode: string) => (RAW_BODY_MODES as readonly string[]).includes(mode);

const pairs = (rows: readonly KeyValue[]) => rows.map((r) => ({ key: r.key, value: r.value, ...(r.enabled ? {} : { disabled: true }) }));

/** `pm.request` for a composed request: {{variables}} left as typed, as Postman shows it. */
export function toScriptRequest(request: RequestModel): ScriptRequest {
  const mode = isRaw(request.body.mode) ? 'raw' : request.body.mode;
  return {
    name: request.name,
    method: request.method,
    url: request.url,
    headers: pairs(request.headers),
    body: {
      mode,
      ...(mode === 'raw' ? { raw: request.body.raw } : {}),
      ...(mode === 'urlencoded' ? { urlencoded: pairs(request.body.urlencoded) } : {}),
    },
  };
}

function rows(before: readonly KeyValue[], after: ScriptRequest['headers']): KeyValue[] {
  return after.map((h, i) => {
    const same = before[i]?.key === h.key ? before[i] : undefined;
    return { ...(same ?? {}), id: same?.id ?? newId(), key: h.key, value: h.value, enabled: !h.disabled };
  });
}

/** The request a pre-request script left: URL (params follow), method, headers and a raw or urlencoded body. */
export function applyScriptRequest(request: RequestModel, after: ScriptRequest): RequestModel {
  let next: RequestModel = after.url === request.url ? request : withUrl(request, after.url);
  next = { ...next, method: after.method, headers: rows(request.headers, after.headers) };
  if (after.body.mode === 'raw' && after.body.raw !== undefined && after.body.raw !== request.body.raw) {
    next = { ...next, body: { ...next.body, mode: isRaw(next.body.mode) ? next.body.mode : 'text', raw: after.body.raw } };
  }
  if (after.body.mode === 'urlencoded' && after.body.urlencoded) {
    next = { ...next, body: { ...next.body, mode: 'urlencoded', urlencoded: rows(request.body.urlencoded, after.body.urlencoded) } };
  }
  return next;
}

/** `pm.request` in a test script: the request as it was sent, variables resolved (as newman shows it). */
export function sentScriptRequest(name: string, prepared: PreparedRequest): ScriptRequest {
  const body = prepared.body ? new TextDecoder().decode(prepared.body) : undefined;
  return {
    name,
    method: prepared.method,
    url: prepared.url,
    headers: prepared.headers.map((h) => ({ key: h.name, value: h.value })),
    body: body === undefined ? { mode: 'none' } : { mode: 'raw', raw: body },
  };
}
