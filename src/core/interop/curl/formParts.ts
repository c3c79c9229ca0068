import type { MultipartField } from '../../model';
import { newId } from '../../model';
import { baseName, fileRefFromPath } from '../fileRef';
import type { ReportBuilder } from '../reportBuilder';
import type { FileReader } from './dataParts';

/** curl guesses a part's type from these extensions only; everything else is octet-stream. */
const CURL_TYPES: Record<string, string> = {
  gif: 'image/gif', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', svg: 'image/svg+xml', txt: 'text/plain',
  htm: 'text/html', html: 'text/html', pdf: 'application/pdf', xml: 'application/xml',
};

function curlType(name: string): string {
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return CURL_TYPES[ext] ?? 'application/octet-stream';
}

/** Splits `value;type=x;filename=y` into the value and its attributes (curl's -F syntax). */
function attributes(spec: string): { value: string; type?: string; filename?: string } {
  const m = /;(type|filename|headers|encoder)=/.exec(spec);
  if (!m) return { value: spec };
  const out: { value: string; type?: string; filename?: string } = { value: spec.slice(0, m.index) };
  for (const part of spec.slice(m.index + 1).split(';')) {
    const eq = part.indexOf('=');
    const k = part.slice(0, eq);
    const val = part.slice(eq + 1).replace(/^"(.*)"$/, '$1');
    if (k === 'type') out.type = val;
    if (k === 'filename') out.filename = val;
  }
  return out;
}

const decoder = new TextDecoder();

export function formField(raw: string, literal: boolean, flag: string, readFile: FileReader | undefined, report: ReportBuilder): MultipartField | null {
  const eq = raw.indexOf('=');
  if (eq < 0) { report.skipped(flag, `${flag} "${raw}" has no "=": curl rejects it too`); return null; }
  const key = raw.slice(0, eq);
  const rest = raw.slice(eq + 1);
  if (literal) return { id: newId(), key, enabled: true, kind: 'text', value: rest };
  if (rest.startsWith('@')) {
    const a = attributes(rest.slice(1));
    const name = a.filename ?? baseName(a.value);
    const file = fileRefFromPath(a.value, name, a.type ?? curlType(name));
    return { id: newId(), key, enabled: true, kind: 'file', value: '', file, ...(a.type ? { contentType: a.type } : {}) };
  }
  if (rest.startsWith('<')) {
    const a = attributes(rest.slice(1));
    const bytes = readFile?.(a.value);
    if (!bytes) report.changed(flag, `${flag} ${key}=<${a.value}: the file could not be read, so the field is empty`);
    return { id: newId(), key, enabled: true, kind: 'text', value: bytes ? decoder.decode(bytes) : '', ...(a.type ? { contentType: a.type } : {}) };
  }
  const a = attributes(rest);
  return { id: newId(), key, enabled: true, kind: 'text', value: a.value, ...(a.type ? { contentType: a.type } : {}) };
}
