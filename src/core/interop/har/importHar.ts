import type { Collection, KeyValue, MultipartField, RequestModel } from '../../model';
import { newId, newKeyValue, newRequest, newRequestBody } from '../../model';
import { fileRefFromPath } from '../fileRef';
import { parseWith } from '../parseWith';
import { paramsFromQuery, splitUrl } from '../queryText';
import { ReportBuilder } from '../reportBuilder';
import { rawModeFor } from '../rawMode';
import type { HarRequestIn } from './schema';
import { har } from './schema';

/** Headers the sender computes itself: a captured value would be wrong after any edit. */
const COMPUTED = new Set(['content-length']);

function importBody(r: HarRequestIn, headers: KeyValue[], path: string, report: ReportBuilder): RequestModel['body'] {
  const body = newRequestBody();
  const pd = r.postData;
  if (!pd) return body;
  const mime = (pd.mimeType ?? '').toLowerCase();
  if (mime.startsWith('application/x-www-form-urlencoded') && pd.params && pd.params.length > 0 && !pd.text) {
    body.mode = 'urlencoded';
    body.urlencoded = pd.params.map((p) => newKeyValue(p.name, p.value));
    return body;
  }
  if (mime.startsWith('multipart/form-data') && pd.params && pd.params.length > 0) {
    body.mode = 'multipart';
    body.multipart = pd.params.map((p): MultipartField => {
      const fileName = p.fileName ?? p.filename;
      if (fileName) {
        report.changed(`${path}.params`, `file "${fileName}" is not in the HAR; choose it before sending`);
        return { id: newId(), key: p.name, enabled: true, kind: 'file', value: '', file: fileRefFromPath(fileName, fileName, p.contentType ?? undefined) };
      }
      return { id: newId(), key: p.name, enabled: true, kind: 'text', value: p.value, ...(p.contentType ? { contentType: p.contentType } : {}) };
    });
    // The captured boundary no longer matches the parts we rebuild.
    const ct = headers.findIndex((h) => h.key.toLowerCase() === 'content-type');
    if (ct >= 0) headers.splice(ct, 1);
    return body;
  }
  body.raw = pd.text ?? '';
  // Multipart captured as text keeps its own Content-Type header (with the boundary), so it stays exact.
  body.mode = rawModeFor(mime);
  if (!headers.some((h) => h.key.toLowerCase() === 'content-type') && pd.mimeType) headers.push(newKeyValue('Content-Type', pd.mimeType));
  return body;
}

function importEntry(r: HarRequestIn, path: string, report: ReportBuilder): RequestModel {
  const headers: KeyValue[] = [];
  for (const h of r.headers ?? []) {
    if (h.name.startsWith(':')) continue; // HTTP/2 pseudo-headers are not headers
    if (COMPUTED.has(h.name.toLowerCase())) continue;
    headers.push(newKeyValue(h.name, h.value));
  }
  const url = r.url;
  const body = importBody(r, headers, `${path}.postData`, report);
  if (!URL.canParse(url)) report.changed(`${path}.url`, `"${url}" is not an absolute URL`);
  return newRequest({ name: entryName(url), method: r.method.toUpperCase(), url, params: paramsFromQuery(splitUrl(url).query), headers, body, auth: { type: 'none' }, ...(r.comment ? { description: r.comment } : {}) });
}

/** `api.example.com/users`: the name a HAR entry gets in the tree. */
function entryName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

/** A bare HAR request or entry (as some tools export one request) becomes a one-entry log. */
export function asHarLog(data: unknown): unknown {
  const d = data as Record<string, unknown>;
  if (d && typeof d === 'object' && !('log' in d)) {
    if ('request' in d) return { log: { entries: [d] } };
    if ('method' in d && 'url' in d) return { log: { entries: [{ request: d }] } };
  }
  return data;
}

export function importHar(data: unknown): { collection: Collection; report: ReportBuilder } {
  const h = parseWith(har, asHarLog(data), 'HAR file');
  const report = new ReportBuilder('har', `HAR ${h.log.version ?? ''}`.trim());
  report.count('collections');
  const creator = h.log.creator?.name;
  const name = creator ? `HAR from ${creator}` : 'HAR import';
  const items = h.log.entries.map((e, i) => {
    report.count('requests');
    const request = report.within(`${name} / ${e.request.method.toUpperCase()} ${entryName(e.request.url)}`, () => importEntry(e.request, `log.entries[${i}].request`, report));
    return { kind: 'request' as const, id: newId(), request };
  });
  return { collection: { id: newId(), name, auth: { type: 'none' }, variables: [], items }, report };
}
