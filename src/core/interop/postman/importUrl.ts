import type { KeyValue } from '../../model';
import { newKeyValue } from '../../model';
import { paramsFromQuery, splitUrl, withQuery } from '../queryText';
import type { PmUrl } from './schema';

export interface ImportedUrl {
  url: string;
  params: KeyValue[];
  pathVariables: KeyValue[];
}

function buildBase(u: Exclude<PmUrl, string>): string {
  const host = Array.isArray(u.host) ? u.host.join('.') : (u.host ?? '');
  const path = Array.isArray(u.path)
    ? u.path.map((p) => (typeof p === 'string' ? p : p.value)).join('/')
    : (u.path ?? '').replace(/^\//, '');
  const protocol = u.protocol ? `${u.protocol.replace(/:?\/*$/, '')}://` : '';
  const port = u.port ? `:${u.port}` : '';
  return `${protocol}${host}${port}${path ? `/${path}` : ''}`;
}

/** Postman keeps the query both in `raw` and in `query` (with disabled rows only in `query`). */
export function importUrl(u: PmUrl | null | undefined): ImportedUrl {
  if (u === null || u === undefined) return { url: '', params: [], pathVariables: [] };
  if (typeof u === 'string') {
    const parts = splitUrl(u.trim());
    return { url: u.trim(), params: paramsFromQuery(parts.query), pathVariables: [] };
  }
  const parts = u.raw ? splitUrl(u.raw.trim()) : { base: buildBase(u), query: null, hash: u.hash ? `#${u.hash}` : '' };
  const pathVariables = (u.variable ?? []).map((v) => {
    const kv = newKeyValue(v.key, v.value, v.disabled !== true);
    if (v.description) kv.description = v.description;
    return kv;
  });
  if (!u.query) {
    return { url: u.raw ? u.raw.trim() : parts.base + parts.hash, params: paramsFromQuery(parts.query), pathVariables };
  }
  const params = u.query.map((q) => {
    const kv = newKeyValue(q.key ?? '', q.value, q.disabled !== true);
    if (q.description) kv.description = q.description;
    return kv;
  });
  return { url: withQuery(parts.base, params, parts.hash), params, pathVariables };
}
