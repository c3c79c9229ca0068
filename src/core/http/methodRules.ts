/**
 * The rules about methods that sending needs (validity, what fetch refuses or upper-cases, a left-over
 * body), apart from the method table: the first screen sends without loading the table's prose.
 */

/** RFC 9110 §5.6.2 tchar: any visible ASCII except delimiters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** True when `token` is a valid method name (RFC 9110 `method = token`). */
export function isValidMethodToken(token: string): boolean {
  return TOKEN.test(token);
}

/** Methods a page's fetch() refuses outright (Fetch Standard "forbidden method"). */
const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];

export function isForbiddenMethod(method: string): boolean {
  return FORBIDDEN_METHODS.includes(method.toUpperCase());
}

/** fetch() and XHR upper-case only these; every other method is sent exactly as typed. */
const NORMALIZED_BY_FETCH = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];

/** The method as a browser puts it on the wire: `post` becomes POST, `patch` stays `patch`. */
export function normalizeMethodLikeFetch(method: string): string {
  const upper = method.toUpperCase();
  return NORMALIZED_BY_FETCH.includes(upper) ? upper : method;
}

/** Methods whose request body has no defined meaning (RFC 9110 §9.3.1, §9.3.2, §9.3.5): a body there is usually a leftover. */
const BODYLESS_BY_CUSTOM = ['GET', 'HEAD', 'DELETE'];

/**
 * The body a GET, HEAD or DELETE would carry, in bytes, when it has one: most often left over from
 * the method the request had before. Null when the method is another, or there is no body.
 */
export function leftoverBodyBytes(method: string, body: Uint8Array | null): number | null {
  if (!BODYLESS_BY_CUSTOM.includes(method.toUpperCase()) || !body || body.byteLength === 0) return null;
  return body.byteLength;
}
