import type { FileRef, MultipartField, RequestBody } from '../../model';
import { newId, newKeyValue, newRequestBody } from '../../model';
import { fileRefFromPath } from '../fileRef';
import type { ReportBuilder } from '../reportBuilder';
import type { PmBody, PmFormParam } from './schema';

const LANGUAGE_MODES: Record<string, RequestBody['mode']> = { json: 'json', xml: 'xml', html: 'html', text: 'text', javascript: 'text' };

function formFields(p: PmFormParam, path: string, report: ReportBuilder): MultipartField[] {
  const base = { key: p.key, enabled: p.disabled !== true, ...(p.contentType ? { contentType: p.contentType } : {}), ...(p.description ? { description: p.description } : {}) };
  if (p.type !== 'file') {
    const value = p.value === null || p.value === undefined ? '' : typeof p.value === 'string' ? p.value : JSON.stringify(p.value);
    return [{ id: newId(), kind: 'text', value, ...base }];
  }
  const srcs = Array.isArray(p.src) ? p.src : typeof p.src === 'string' && p.src !== '' ? [p.src] : [];
  if (srcs.length === 0) {
    report.changed(path, `file field "${p.key}" has no file; choose one before sending`);
    return [{ id: newId(), kind: 'file', value: '', ...base }];
  }
  return srcs.map((src) => ({ id: newId(), kind: 'file' as const, value: '', file: fileRefFromPath(src), ...base }));
}

export function importBody(b: PmBody, path: string, report: ReportBuilder): RequestBody {
  const body = newRequestBody();
  if (!b || !b.mode) return body;
  if (b.disabled) report.changed(path, 'the body was disabled in Postman; it is kept but not sent');
  body.raw = b.raw ?? '';
  body.urlencoded = (b.urlencoded ?? []).map((kv) => {
    const row = newKeyValue(kv.key, kv.value, kv.disabled !== true);
    if (kv.description) row.description = kv.description;
    return row;
  });
  body.multipart = (b.formdata ?? []).flatMap((p, i) => formFields(p, `${path}.formdata[${i}]`, report));
  if (b.graphql) {
    const vars = b.graphql.variables;
    body.graphql = { query: b.graphql.query ?? '', variables: typeof vars === 'string' ? vars : vars ? JSON.stringify(vars, null, 2) : '' };
  }
  let binary: FileRef | undefined;
  if (b.file?.src) binary = fileRefFromPath(b.file.src);
  else if (b.mode === 'file' && typeof b.file?.content === 'string') {
    body.raw = b.file.content;
    report.changed(path, 'file body given inline; imported as text');
  }
  if (binary) body.binary = binary;
  const modes: Record<string, RequestBody['mode']> = { urlencoded: 'urlencoded', formdata: 'multipart', file: binary ? 'binary' : 'text', graphql: 'graphql' };
  if (b.disabled) body.mode = 'none';
  else if (b.mode === 'raw') body.mode = LANGUAGE_MODES[b.options?.raw?.language ?? 'text'] ?? 'text';
  else if (modes[b.mode]) body.mode = modes[b.mode]!;
  else report.changed(path, `unknown body mode "${b.mode}"; no body is sent`);
  if (b.mode === 'file' && !binary && typeof b.file?.content !== 'string') report.changed(path, 'file body has no file; choose one before sending');
  return body;
}
