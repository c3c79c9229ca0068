import { ntlmUser } from '../../auth/ntlmUser';
import type { PreparedRequest } from '../../model';
import { bytesText } from '../bytesText';

export const lit = (s: string): string => JSON.stringify(s); // JSON string escapes are valid Python too
const bytesLit = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? lit(s) : `${lit(s)}.encode("utf-8")`);

/** Python's urlencode (quote_plus): alphanumerics and _.-~ kept, space → +. */
export function pyQuotePlus(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9_.\-~]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The headers as one dict: repeated names joined with ", " (as requests would send them). */
export function mergedHeaders(p: PreparedRequest): Map<string, string> {
  const headers = new Map<string, string>();
  for (const h of p.headers) {
    if (p.bodyDescription.mode === 'multipart' && h.name.toLowerCase() === 'content-type') continue; // requests writes its own boundary
    const prev = [...headers.keys()].find((k) => k.toLowerCase() === h.name.toLowerCase());
    if (prev) headers.set(prev, `${headers.get(prev)}, ${h.value}`);
    else headers.set(h.name, h.value);
  }
  return headers;
}

/** The body as the exact bytes prepared (files opened from their paths); pushes its lines and kwarg. */
export function exactBody(p: PreparedRequest, lines: string[], kwargs: string[]): void {
  const d = p.bodyDescription;
  if (d.mode === 'multipart') {
    lines.push('files = [');
    for (const f of d.fields) {
      if ('file' in f) {
        const type = f.contentType ?? f.file.type;
        lines.push(`    (${lit(f.name)}, (${lit(f.file.name)}, open(${lit(f.file.path ?? f.file.name)}, "rb")${type ? `, ${lit(type)}` : ''})),`);
      } else {
        lines.push(`    (${lit(f.name)}, (None, ${lit(f.value)}${f.contentType ? `, ${lit(f.contentType)}` : ''})),`);
      }
    }
    lines.push(']', '');
    kwargs.push('files=files');
  } else if (d.mode === 'binary') {
    lines.push(`data = open(${lit(d.file.path ?? d.file.name)}, "rb")`, '');
    kwargs.push('data=data');
  } else if (p.body) {
    const sent = bytesText(p.body);
    if (d.mode === 'urlencoded' && d.fields.map(([k, v]) => `${pyQuotePlus(k)}=${pyQuotePlus(v)}`).join('&') === sent.text) {
      lines.push('data = [', ...d.fields.map(([k, v]) => `    (${lit(k)}, ${lit(v)}),`), ']', '');
    } else if (sent.base64) {
      lines.push('import base64', `data = base64.b64decode(${lit(sent.text)})`, '');
    } else {
      lines.push(`data = ${bytesLit(sent.text)}`, '');
    }
    kwargs.push('data=data');
  }
}

/** The auth classes the code uses, for both styles: Digest from requests, NTLM from requests_ntlm. */
export function authImports(p: PreparedRequest): string[] {
  return [...(p.digest ? ['from requests.auth import HTTPDigestAuth'] : []), ...(p.ntlm ? ['from requests_ntlm import HttpNtlmAuth'] : [])];
}

/** Digest, NTLM, redirects and timeout, which both styles write the same way. */
export function commonKwargs(p: PreparedRequest, kwargs: string[]): void {
  if (p.digest) kwargs.push(`auth=HTTPDigestAuth(${lit(p.digest.username)}, ${lit(p.digest.password)})`);
  if (p.ntlm) kwargs.push(`auth=HttpNtlmAuth(${lit(ntlmUser(p.ntlm))}, ${lit(p.ntlm.password)})`);
  if (p.timeoutMs > 0) kwargs.push(`timeout=${p.timeoutMs / 1000}`);
}

/**
 * Python `requests` code that sends the very same bytes: the exact URL, the headers, the body
 * bytes as prepared (a list of pairs only where requests would encode it identically), files opened
 * from their paths, redirects and timeout as set. Written here rather than by httpsnippet,
 * whose Python re-serializes JSON, loses repeated form keys and writes file paths as text.
 */
export function pythonExact(p: PreparedRequest): string {
  const lines = ['import requests'];
  lines.push(...authImports(p));
  lines.push('', `url = ${lit(p.url)}`, '');
  const headers = mergedHeaders(p);
  const kwargs: string[] = [];
  if (headers.size) {
    lines.push('headers = {', ...[...headers].map(([k, v]) => `    ${lit(k)}: ${lit(v)},`), '}', '');
    kwargs.push('headers=headers');
  }
  exactBody(p, lines, kwargs);
  commonKwargs(p, kwargs);
  if (!p.followRedirects) kwargs.push('allow_redirects=False');
  lines.push(`response = requests.request(${[lit(p.method), 'url', ...kwargs].join(', ')})`, '', 'print(response.status_code)', 'print(response.text)');
  return lines.join('\n') + '\n';
}
