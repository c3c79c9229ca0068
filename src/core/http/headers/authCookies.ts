import { rfc } from '../spec';
import { header, type HeaderEntry } from './entry';

/** Authentication and cookies. */
export const AUTH_COOKIE_HEADERS: HeaderEntry[] = [
  header('Authorization', 'request', 'auth', 'Credentials for the server: a scheme name then the credentials (Basic, Bearer, Digest …).', rfc(9110, '11.6.2'), {
    details: 'Basic is only base64, not encryption: send it over HTTPS only. Its presence on a cross-origin call always requires a CORS preflight.',
    example: 'Bearer eyJhbGciOi…',
  }),
  header('WWW-Authenticate', 'response', 'auth', 'Sent with 401: which authentication scheme(s) the server accepts, and parameters such as the realm.', rfc(9110, '11.6.1'), {
    example: 'Basic realm="api", charset="UTF-8"',
  }),
  header('Authentication-Info', 'response', 'auth', 'Extra information after a successful authentication (e.g. the next Digest nonce).', rfc(9110, '11.6.3')),
  header('Proxy-Authorization', 'request', 'auth', 'Credentials for a proxy between you and the server.', rfc(9110, '11.7.2')),
  header('Proxy-Authenticate', 'response', 'auth', 'Sent with 407: the scheme a proxy wants for its credentials.', rfc(9110, '11.7.1')),
  header('Set-Cookie', 'response', 'cookies', 'Asks the client to store a cookie and send it back on later requests. One header per cookie.', rfc(6265, '4.1'), {
    details: 'Attributes limit where it is sent (Domain, Path, Secure, SameSite), how long it lives (Expires, Max-Age) and whether scripts can read it (HttpOnly). Scripts can never read Set-Cookie from a fetch response: only the relay can show it.',
    example: 'session=abc123; Path=/; Secure; HttpOnly; SameSite=Lax',
  }),
  header('Cookie', 'request', 'cookies', 'The cookies the client stored for this site, sent back as name=value pairs.', rfc(6265, '4.2'), {
    details: 'Browsers build it from their cookie jar; a page cannot set it directly. Through the relay you can send any Cookie header.',
    example: 'session=abc123; theme=dark',
  }),
];
