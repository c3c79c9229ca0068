import type { ResponseRecord } from '../model';
import type { ScriptResponse } from '../model/scripts';

/** `pm.response` for a response record: the body as UTF-8 text (bad bytes become U+FFFD, as in Postman). */
export function toScriptResponse(r: ResponseRecord): ScriptResponse {
  return {
    code: r.status,
    status: r.statusText,
    headers: r.headers.map(([n, v]) => [n, v]),
    body: new TextDecoder().decode(r.body),
    responseTime: Math.round(r.timing.total),
    responseSize: r.bodySize,
  };
}

/** The cookies a response set, by name (`pm.cookies`). */
export function responseCookies(r: Pick<ResponseRecord, 'headers'>): { name: string; value: string }[] {
  return r.headers
    .filter(([n]) => n.toLowerCase() === 'set-cookie')
    .map(([, v]) => v.split(';')[0] ?? '')
    .filter((pair) => pair.includes('='))
    .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')).trim(), value: pair.slice(pair.indexOf('=') + 1).trim() }));
}
