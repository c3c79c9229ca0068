import type { PreparedRequest } from '../../model';
import { bytesText } from '../bytesText';

const lit = (s: string): string => JSON.stringify(s); // JSON string escapes are valid Python too
const bytesLit = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? lit(s) : `${lit(s)}.encode("utf-8")`);

/** Python's urlencode (quote_plus): alphanumerics and _.-~ kept, space → +. */
function pyQuotePlus(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9_.\-~]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Python `requests` code that sends the same request: the exact URL, the headers, the body
 * bytes as prepared (a dict only where requests would encode it identically), files opened
 * from their paths, redirects and timeout as set. Written here rather than by httpsnippet,
 * whose Python re-serializes JSON, loses repeated form keys and writes file paths as text.
 */
export function pythonRequests(p: PreparedRequest): string {
  const d = p.bodyDescription;
  const lines = ['import requests'];
  if (p.digest) lines.push('from requests.auth import HTTPDigestAuth');
  lines.push('', `url = ${lit(p.url)}`, '');
  const headers = new Map<string, string>();
  for (const h of p.headers) {
    if (d.mode === 'multipart' && h.name.toLowerCase() === 'content-type') continue; // requests writes its own boundary
    const prev = [...headers.keys()].find((k) => k.toLowerCase() === h.name.toLowerCase());
    if (prev) headers.set(prev, `${headers.get(prev)}, ${h.value}`);
    else headers.set(h.name, h.value);
  }
  const kwargs: string[] = [];
  if (headers.size) {
    lines.push('headers = {', ...[...headers].map(([k, v]) => `    ${lit(k)}: ${lit(v)},`), '}', '');
    kwargs.push('headers=headers');
  }
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
  if (p.digest) kwargs.push(`auth=HTTPDigestAuth(${lit(p.digest.username)}, ${lit(p.digest.password)})`);
  if (!p.followRedirects) kwargs.push('allow_redirects=False');
  if (p.timeoutMs > 0) kwargs.push(`timeout=${p.timeoutMs / 1000}`);
  lines.push(`response = requests.request(${[lit(p.method), 'url', ...kwargs].join(', ')})`, '', 'print(response.status_code)', 'print(response.text)');
  return lines.join('\n') + '\n';
}
