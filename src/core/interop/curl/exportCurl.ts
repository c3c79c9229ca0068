import type { PreparedRequest } from '../../model';
import { ntlmUser } from '../../auth/ntlmUser';
import { shellQuote } from './shellQuote';

export interface CurlExportOptions {
  /** One option per line with `\` continuations (default) or all on one line. */
  multiline?: boolean;
}

/**
 * "Copy as cURL": the prepared request as a curl command that sends the same bytes.
 * Multipart goes through -F (curl makes its own boundary); file bodies through @path.
 */
export function exportCurl(p: PreparedRequest, opts: CurlExportOptions = {}): string {
  const args: string[][] = [];
  const d = p.bodyDescription;
  const hasBody = p.body !== null;
  const impliedMethod = d.mode === 'multipart' || (hasBody && d.mode !== 'none') ? 'POST' : 'GET';
  if (p.method === 'HEAD') args.push(['--head']);
  else if (p.method !== impliedMethod) args.push(['-X', p.method]);
  args.push([p.url]);
  for (const h of p.headers) {
    if (d.mode === 'multipart' && h.name.toLowerCase() === 'content-type') continue;
    args.push(['-H', h.value === '' ? `${h.name};` : `${h.name}: ${h.value}`]);
  }
  if (p.digest) args.push(['--digest', '-u', `${p.digest.username}:${p.digest.password}`]);
  if (p.ntlm) args.push(['--ntlm', '-u', `${ntlmUser(p.ntlm)}:${p.ntlm.password}`]);
  if (d.mode === 'multipart') {
    for (const f of d.fields) {
      if ('file' in f) {
        const type = f.contentType ? `;type=${f.contentType}` : '';
        const path = f.file.path ?? f.file.name;
        const name = f.file.path && !f.file.path.endsWith(f.file.name) ? `;filename=${f.file.name}` : '';
        args.push(['-F', `${f.name}=@${path}${type}${name}`]);
      } else {
        args.push([f.contentType ? '-F' : '--form-string', f.contentType ? `${f.name}=${f.value};type=${f.contentType}` : `${f.name}=${f.value}`]);
      }
    }
  } else if (d.mode === 'binary') {
    args.push(['--data-binary', `@${d.file.path ?? d.file.name}`]);
  } else if (hasBody) {
    const text = d.mode === 'raw' ? d.text : new TextDecoder().decode(p.body!);
    args.push(['--data-raw', text]);
  }
  if (p.followRedirects) args.push(['-L']);
  if (p.followRedirects && p.maxRedirects !== 50) args.push(['--max-redirs', String(p.maxRedirects)]);
  if (p.timeoutMs > 0) args.push(['--max-time', String(p.timeoutMs / 1000)]);
  const words = args.map((a) => a.map(shellQuote).join(' '));
  return `curl ${words.join(opts.multiline === false ? ' ' : ' \\\n  ')}`;
}
