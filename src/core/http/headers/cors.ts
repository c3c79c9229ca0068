import { doc, fetchSpec, rfc } from '../spec';
import { header, type HeaderEntry } from './entry';

/** The CORS protocol (Fetch Standard §3.2). */
export const CORS_HEADERS: HeaderEntry[] = [
  header('Origin', 'request', 'cors', 'The scheme, host and port of the page that made the request; the browser sets it, and servers decide CORS from it.', rfc(6454, '7'), {
    example: 'https://app.example.com',
  }),
  header('Access-Control-Allow-Origin', 'response', 'cors', 'Which origin may read this response from a script: one exact origin, or * for any (not with credentials).', fetchSpec('http-access-control-allow-origin', 'Access-Control-Allow-Origin'), {
    details: 'Without it, the browser still receives the response but hides it from the page, which sees only a "Network Error".',
    example: 'https://app.example.com',
  }),
  header('Access-Control-Allow-Credentials', 'response', 'cors', '"true" lets the page read the response of a request sent with cookies or HTTP auth.', fetchSpec('http-access-control-allow-credentials', 'Access-Control-Allow-Credentials'), {
    example: 'true',
  }),
  header('Access-Control-Allow-Methods', 'response', 'cors', 'In a preflight answer: the methods the page may use.', fetchSpec('http-access-control-allow-methods', 'Access-Control-Allow-Methods'), {
    example: 'GET, POST, PUT, DELETE',
  }),
  header('Access-Control-Allow-Headers', 'response', 'cors', 'In a preflight answer: the request headers the page may set. "*" does not cover Authorization.', fetchSpec('http-access-control-allow-headers', 'Access-Control-Allow-Headers'), {
    example: 'Content-Type, Authorization',
  }),
  header('Access-Control-Expose-Headers', 'response', 'cors', 'The response headers a cross-origin page may read beyond the basic safelisted ones.', fetchSpec('http-access-control-expose-headers', 'Access-Control-Expose-Headers'), {
    example: 'ETag, X-Request-Id',
  }),
  header('Access-Control-Max-Age', 'response', 'cors', 'How many seconds the browser may remember a preflight answer before asking again.', fetchSpec('http-access-control-max-age', 'Access-Control-Max-Age'), {
    example: '600',
  }),
  header('Access-Control-Request-Method', 'request', 'cors', 'In a preflight: the method the real request will use. Set by the browser.', fetchSpec('http-access-control-request-method', 'Access-Control-Request-Method')),
  header('Access-Control-Request-Headers', 'request', 'cors', 'In a preflight: the non-safelisted headers the real request will carry. Set by the browser.', fetchSpec('http-access-control-request-headers', 'Access-Control-Request-Headers')),
  header('Timing-Allow-Origin', 'response', 'cors', 'Which origins may see detailed timing (DNS, connect, TLS) of this response through the Resource Timing API.', doc('W3C Resource Timing', 'https://www.w3.org/TR/resource-timing/#sec-timing-allow-origin'), {
    example: '*',
  }),
  header('Cross-Origin-Resource-Policy', 'response', 'cors', 'Stops other sites from embedding this resource (same-site, same-origin, cross-origin).', fetchSpec('cross-origin-resource-policy-header', 'Cross-Origin-Resource-Policy')),
];
