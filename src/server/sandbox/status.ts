import { STATUS_CODES } from 'node:http';
import { sendEmpty, sendJson, sendProblem, type Req, type Res } from './respond.ts';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** `/sandbox/status/<code>`: answers with that status and what a real server would send with it. */
export function handleStatus(req: Req, res: Res, codeSegment: string | undefined, base: string): void {
  const code = codeSegment !== undefined && /^\d{3}$/.test(codeSegment) ? Number(codeSegment) : NaN;
  if (!(code >= 100 && code <= 599)) {
    return sendProblem(res, 400, { detail: `"${codeSegment ?? ''}" is not a status code from 100 to 599.` });
  }
  if (code < 200) {
    return sendProblem(res, 400, {
      detail: `${code} is informational: a server sends it before the final response, never as the answer itself. Try a code from 200 to 599.`,
    });
  }
  const headers: Record<string, string> = {};
  if (REDIRECTS.has(code)) headers.Location = `${base}/anything`;
  // A 401 must say how to authenticate; Bearer does not make browsers pop up a password dialog.
  if (code === 401) headers['WWW-Authenticate'] = 'Bearer realm="Reqlab sandbox"';
  if (code === 407) headers['Proxy-Authenticate'] = 'Basic realm="Reqlab sandbox"';
  if (code === 429 || code === 503) headers['Retry-After'] = '1';
  if (code === 405) headers.Allow = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
  if (code === 204 || code === 205 || code === 304) {
    req.resume();
    return sendEmpty(res, code, headers);
  }
  req.resume();
  sendJson(res, code, { status: code, reason: STATUS_CODES[code] ?? 'Unknown' }, headers);
}
