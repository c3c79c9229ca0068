import { isForbiddenMethod } from '../methodRules';

/**
 * Fetch Standard "forbidden request-header" names: a page's script cannot set them, the browser
 * owns them. (User-Agent left this list in 2015, but Chromium still ignores it when a page sets it.)
 */
export const FORBIDDEN_REQUEST_HEADERS: readonly string[] = [
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  // Cookie2 belongs to an abandoned cookie spec (RFC 2965); browsers still refuse to let pages send it.
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
];

export const FORBIDDEN_REQUEST_HEADER_PREFIXES: readonly string[] = ['proxy-', 'sec-'];

const METHOD_OVERRIDE_HEADERS = ['x-http-method', 'x-http-method-override', 'x-method-override'];

/**
 * Fetch "get, decode, and split": commas separate values except inside double quotes, and the
 * quotes stay part of the value (so `"TRACE"` is not the method TRACE).
 */
export function splitHeaderValues(value: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (quoted && ch === '\\' && i + 1 < value.length) {
      current += ch + value[++i];
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === ',' && !quoted) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/**
 * True when a browser page may not set this header (Fetch Standard). With a value, the
 * method-override headers are forbidden only when they smuggle a forbidden method (CONNECT, TRACE, TRACK).
 */
export function isForbiddenRequestHeader(name: string, value?: string): boolean {
  const lower = name.trim().toLowerCase();
  if (FORBIDDEN_REQUEST_HEADERS.includes(lower)) return true;
  if (FORBIDDEN_REQUEST_HEADER_PREFIXES.some((p) => lower.startsWith(p))) return true;
  if (METHOD_OVERRIDE_HEADERS.includes(lower) && value !== undefined) {
    return splitHeaderValues(value).some((m) => isForbiddenMethod(m));
  }
  return false;
}

/** Response headers a page's script can never read, even with CORS (Fetch "forbidden response-header name"). */
export function isForbiddenResponseHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return lower === 'set-cookie' || lower === 'set-cookie2';
}

/**
 * Response headers a page may read on a cross-origin response without Access-Control-Expose-Headers
 * (Fetch "CORS-safelisted response-header name").
 */
export const CORS_SAFELISTED_RESPONSE_HEADERS: readonly string[] = [
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
];
