import { createHash } from 'node:crypto';
import type { SandboxEcho as Echo } from '../../server/sandbox/anything.ts';

/** The sandbox's /sandbox/anything echo, reduced to what two clients must agree on. */
export interface EchoSummary {
  method: string;
  target: string;
  headers: [string, string][];
  body: { sha256?: string; json?: unknown; form?: [string, string][]; files?: { field: string; filename: string; contentType: string; sha256: string }[] };
}


/** Headers each client adds on its own (and the connection-level ones), left out of the comparison. */
const CLIENT_NOISE = new Set(['host', 'connection', 'postman-token', 'cache-control', 'content-length']);
const DEFAULT_VALUES: Record<string, RegExp> = {
  'user-agent': /^(curl\/|Reqlab\/|python-requests\/|PostmanRuntime\/)/,
  accept: /^\*\/\*$/,
  'accept-encoding': /^(gzip, deflate(, br)?|identity)$/,
};

export interface SummaryOptions {
  /**
   * Compare urlencoded bodies by their decoded fields: Postman writes a space as %20 where
   * Reqlab (like browsers' URLSearchParams) writes +; servers read both as the same form.
   */
  urlencodedByFields?: boolean;
  /**
   * Compare as a Python programmer's code is judged: the query by its decoded parameters and a JSON
   * body by its value (json= writes its own whitespace), forms by their fields.
   */
  byValue?: boolean;
}

/** Headers as two clients must agree on them: lower-case, sorted, each client's own defaults left out. */
export function agreedHeaders(headers: [string, string][]): [string, string][] {
  return headers
    .map(([n, v]): [string, string] => [n.toLowerCase(), v])
    .filter(([n, v]) => !CLIENT_NOISE.has(n) && !DEFAULT_VALUES[n]?.test(v))
    .sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
}

export function summarize(text: string, opts: SummaryOptions = {}): EchoSummary | null {
  let echo: Echo;
  try {
    echo = JSON.parse(text) as Echo;
  } catch {
    return null;
  }
  if (!echo || typeof echo.method !== 'string' || !Array.isArray(echo.headers)) return null;
  const multipart = echo.headers.some(([n, v]) => n.toLowerCase() === 'content-type' && v.startsWith('multipart/form-data'));
  const headers = echo.headers
    .map(([n, v]): [string, string] => [n.toLowerCase(), multipart && n.toLowerCase() === 'content-type' ? 'multipart/form-data' : v])
    .filter(([n, v]) => !CLIENT_NOISE.has(n) && !DEFAULT_VALUES[n]?.test(v))
    .sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]));
  const urlencoded = echo.headers.some(([n, v]) => n.toLowerCase() === 'content-type' && v.startsWith('application/x-www-form-urlencoded'));
  if (opts.byValue) {
    const body = echo.body.json !== undefined ? { json: echo.body.json } : urlencoded && echo.body.form ? { form: echo.body.form } : multipart ? { form: echo.body.form ?? [], files: (echo.body.files ?? []).map(({ field, filename, contentType, sha256 }) => ({ field, filename, contentType, sha256 })) } : { sha256: echo.body.sha256 };
    // Form decoding (+ is a space), as web frameworks read a query.
    return { method: echo.method, target: JSON.stringify([echo.path, [...new URLSearchParams(echo.rawQuery)]]), headers, body };
  }
  const body = opts.urlencodedByFields && urlencoded && echo.body.form
    ? { form: echo.body.form }
    : multipart
    ? { form: echo.body.form ?? [], files: (echo.body.files ?? []).map(({ field, filename, contentType, sha256 }) => ({ field, filename, contentType, sha256 })) }
    : { sha256: echo.body.sha256 };
  return { method: echo.method, target: echo.path + (echo.rawQuery ? `?${echo.rawQuery}` : ''), headers, body };
}

/** What to compare for any response: the echo when it is one, else status and body. */
export function comparable(status: number, bodyText: string, opts: SummaryOptions = {}): unknown {
  const echo = summarize(bodyText, opts);
  if (echo) return echo;
  if (opts.byValue) {
    try {
      return { status, json: JSON.parse(bodyText) as unknown };
    } catch {
      // not JSON: compared as text below
    }
  }
  return { status, body: bodyText };
}

/** A request as the sandbox server received it, reduced as `summarize` reduces an echo (body by its bytes). */
export function receivedSummary(r: { method: string; target: string; rawHeaders: [string, string][]; body: Uint8Array }): EchoSummary {
  return { method: r.method, target: r.target, headers: agreedHeaders(r.rawHeaders), body: { sha256: createHash('sha256').update(r.body).digest('hex') } };
}
