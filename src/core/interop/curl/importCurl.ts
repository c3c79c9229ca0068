import type { Auth, Collection, KeyValue, MultipartField, RequestModel } from '../../model';
import { newId, newKeyValue, newRequest, newRequestBody } from '../../model';
import { ImportError } from '../importError';
import { fileRefFromPath } from '../fileRef';
import { paramsFromQuery, splitUrl } from '../queryText';
import { rawModeFor } from '../rawMode';
import { ReportBuilder } from '../reportBuilder';
import { type DataPiece, type FileReader, dataPiece, urlencodePiece } from './dataParts';
import { formField } from './formParts';
import { OUTPUT_ONLY, SUPPORTED } from './options';
import { type CurlOption, parseArgs } from './parseArgs';
import { tokenize } from './tokenize';

export interface CurlImportOptions {
  /** Reads `@file` arguments (the CLI passes one; the browser has no files to read). */
  readFile?: FileReader;
}

/** What `curl --compressed` (7.88, zlib+brotli+zstd) asks for. */
const COMPRESSED = 'deflate, gzip, br, zstd';

function header(headers: KeyValue[], name: string): KeyValue | undefined {
  return headers.find((h) => h.key.toLowerCase() === name.toLowerCase());
}

const CURL_START = /(^|[\s|;&(])(curl(\.exe)?)(?=\s)/im;

/** A curl command, possibly after comments, a shebang or a pipe (`echo x | curl …`). */
export function looksLikeCurl(text: string): boolean {
  const withoutComments = text.replace(/^\s*#.*$/gm, '').trim();
  return /^(\$\s+)?curl(\.exe)?\s/i.test(withoutComments) || (/^[\w./-]+(\s|$)/.test(withoutComments) && CURL_START.test(withoutComments) && withoutComments.split('\n').length <= 50 && /\|\s*curl\s/.test(withoutComments));
}

/** The text from the first `curl` word on, and what came before it (if anything but comments). */
function fromCurl(text: string): { command: string; before: string } {
  const clean = text.replace(/^\s*#.*$/gm, '');
  const m = CURL_START.exec(clean);
  if (!m) return { command: clean, before: '' };
  const at = m.index + m[1]!.length;
  return { command: clean.slice(at), before: clean.slice(0, at).trim() };
}

export function parseCurlCommand(text: string, report: ReportBuilder, opts: CurlImportOptions = {}): RequestModel {
  const { command, before } = fromCurl(text.trim().replace(/^\$\s+/, ''));
  if (before) report.skipped('shell', `"${before.slice(0, 60)}" before curl was ignored`);
  const { words, ignored } = tokenize(command);
  if (!words[0] || !/^curl(\.exe)?$/i.test(words[0])) throw new ImportError('not a cURL command: it must start with "curl"');
  for (const bit of ignored) report.skipped('shell', `"${bit}" is shell syntax around curl and was ignored`);
  const { options, missingValue } = parseArgs(words.slice(1));
  for (const flag of missingValue) report.skipped(flag, `${flag} has no value`);
  const urls: string[] = [];
  const headers: KeyValue[] = [];
  const data: DataPiece[] = [];
  const form: MultipartField[] = [];
  const urlQuery: string[] = [];
  const cookies: string[] = [];
  let method: string | null = null;
  let head = false, get = false, json = false, follow = false;
  let scheme: 'basic' | 'digest' | 'ntlm' = 'basic';
  let user: string | null = null;
  let bearer: string | null = null;
  let timeoutMs = 0, maxRedirects = 10;
  const use = (o: CurlOption) => {
    const v = o.value ?? '';
    switch (o.name) {
      case 'url': urls.push(v); break;
      case 'request': method = v; break;
      case 'header': {
        const colon = v.indexOf(':');
        if (v.startsWith('@')) { report.skipped(o.flag, `${o.flag} ${v}: headers from a file are not read`); break; }
        if (colon < 0 && v.endsWith(';')) { headers.push(newKeyValue(v.slice(0, -1).trim(), '')); break; }
        if (colon < 0) { report.skipped(o.flag, `${o.flag} "${v}" is not "Name: value"`); break; }
        const value = v.slice(colon + 1).trim();
        if (value === '') { report.changed(o.flag, `${o.flag} "${v}" removes curl's own header; Reqlab has no such header to remove`); break; }
        headers.push(newKeyValue(v.slice(0, colon).trim(), value));
        break;
      }
      case 'data': case 'data-ascii': case 'data-binary': case 'data-raw': case 'data-urlencode': case 'json': {
        if (o.name === 'json') json = true;
        const piece = dataPiece(o, opts.readFile, report);
        if (piece) data.push(piece);
        break;
      }
      case 'form': case 'form-string': {
        const field = formField(v, o.name === 'form-string', o.flag, opts.readFile, report);
        if (field) form.push(field);
        break;
      }
      case 'user': user = v; break;
      case 'cookie':
        if (v.includes('=')) cookies.push(v);
        else report.skipped(o.flag, `${o.flag} ${v}: reading cookies from a file is not supported`);
        break;
      case 'get': get = !o.negated; break;
      case 'head': head = !o.negated; break;
      case 'compressed': if (!o.negated) headers.push(newKeyValue('Accept-Encoding', COMPRESSED)); break;
      case 'location': case 'location-trusted': follow = !o.negated; break;
      case 'url-query': urlQuery.push(v.startsWith('+') ? v.slice(1) : urlencodePiece(v, o.flag, opts.readFile, report)); break;
      case 'user-agent': headers.push(newKeyValue('User-Agent', v)); break;
      case 'referer': headers.push(newKeyValue('Referer', v.replace(/;auto$/, ''))); break;
      case 'insecure': report.changed(o.flag, `${o.flag}: certificate checks cannot be turned off; they stay on`); break;
      case 'oauth2-bearer': bearer = v; break;
      case 'digest': case 'ntlm': scheme = o.negated ? 'basic' : o.name; break;
      case 'basic': scheme = 'basic'; break;
      case 'max-time': timeoutMs = Math.round(parseFloat(v) * 1000) || 0; break;
      case 'max-redirs': maxRedirects = parseInt(v, 10) || 0; break;
    }
  };
  for (const o of options) {
    if (SUPPORTED[o.name] || o.name === 'url') use(o);
    else if (OUTPUT_ONLY[o.name]) report.note(o.flag, 'skipped', `${o.flag} only changes curl's output, not the request`);
    else report.skipped(o.flag, `${o.flag} is not supported${o.value !== null ? ` (value "${o.value}" ignored)` : ''}`);
  }
  if (urls.length === 0) throw new ImportError('the cURL command has no URL');
  for (const extra of urls.slice(1)) report.skipped('URL', `only the first URL is imported; "${extra}" was left out`);
  let url = urls[0]!;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) { url = `http://${url}`; report.changed('URL', `no scheme: curl uses http://, so does the import`); }
  const dataText = data.map((d) => d.text).join(json ? '' : '&');
  const query = [...urlQuery, ...(get && data.length ? [dataText] : [])].filter((q) => q !== '');
  if (query.length) url += (url.includes('?') ? '&' : '?') + query.join('&');
  if (cookies.length) headers.push(newKeyValue('Cookie', cookies.join(';'))) // curl joins repeated -b with a bare ';';
  const body = newRequestBody();
  if (form.length) {
    body.mode = 'multipart';
    body.multipart = form;
    const ct = header(headers, 'content-type');
    if (ct && !/boundary=/i.test(ct.value)) headers.splice(headers.indexOf(ct), 1);
  } else if (data.length && !get) {
    if (json) {
      if (!header(headers, 'content-type')) headers.push(newKeyValue('Content-Type', 'application/json'));
      if (!header(headers, 'accept')) headers.push(newKeyValue('Accept', 'application/json'));
    } else if (!header(headers, 'content-type')) headers.push(newKeyValue('Content-Type', 'application/x-www-form-urlencoded'));
    const ct = header(headers, 'content-type')!.value;
    const only = data.length === 1 ? data[0]! : null;
    if (only?.filePath !== undefined) {
      body.mode = 'binary';
      body.binary = fileRefFromPath(only.filePath, undefined, ct);
    } else {
      body.mode = rawModeFor(ct);
      body.raw = dataText;
    }
  }
  const auth: Auth = bearer !== null ? { type: 'bearer', token: bearer } : userAuth(user, scheme);
  const m: string = method ?? (head ? 'HEAD' : get ? 'GET' : form.length || data.length ? 'POST' : 'GET');
  let name = url;
  try { const u = new URL(url); name = `${m} ${u.host}${u.pathname}`; } catch { report.changed('URL', `"${url}" is not a valid URL`); }
  return newRequest({
    name, method: m.toUpperCase(), url, params: paramsFromQuery(splitUrl(url).query), headers, auth, body,
    settings: { timeoutMs, followRedirects: follow, maxRedirects, sender: 'default' },
  });
}

function userAuth(user: string | null, scheme: 'basic' | 'digest' | 'ntlm'): Auth {
  if (user === null) return { type: 'none' };
  const colon = user.indexOf(':');
  const username = colon >= 0 ? user.slice(0, colon) : user;
  const password = colon >= 0 ? user.slice(colon + 1) : '';
  // curl takes NTLM's domain in the user (`REQLAB\\ada`); the relay splits it the same way.
  return scheme === 'ntlm' ? { type: 'ntlm', username, password, domain: '', workstation: '' } : { type: scheme, username, password };
}

export function importCurl(text: string, opts: CurlImportOptions = {}): { collection: Collection; report: ReportBuilder } {
  const report = new ReportBuilder('curl', 'cURL command');
  const request = parseCurlCommand(text, report, opts);
  report.count('collections');
  report.count('requests');
  return { collection: { id: newId(), name: 'cURL import', auth: { type: 'none' }, variables: [], items: [{ kind: 'request', id: newId(), request }] }, report };
}
