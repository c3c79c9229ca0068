import { doc, rfc } from '../spec';
import { header, type HeaderEntry } from './entry';

/** The connection and the path through proxies. */
export const CONNECTION_HEADERS: HeaderEntry[] = [
  header('Host', 'request', 'routing', 'The host name (and port) the request is for, so one server can host many sites. Required in HTTP/1.1.', rfc(9110, '7.2'), {
    example: 'api.example.com',
  }),
  header('Connection', 'both', 'connection', 'Options for this one connection only, e.g. "close" to end it after this response. Not allowed in HTTP/2 and HTTP/3.', rfc(9110, '7.6.1'), {
    example: 'keep-alive',
  }),
  header('Keep-Alive', 'both', 'connection', 'Hints how long an idle HTTP/1.1 connection stays open and how many requests it may carry.', doc('MDN: Keep-Alive', 'https://developer.mozilla.org/docs/Web/HTTP/Headers/Keep-Alive'), {
    example: 'timeout=5, max=1000',
  }),
  header('Transfer-Encoding', 'both', 'connection', 'How the body is framed on this hop; "chunked" sends it in pieces when the total size is not known in advance.', rfc(9112, '6.1'), {
    example: 'chunked',
  }),
  header('TE', 'request', 'connection', 'Transfer codings the client accepts; in practice only "trailers".', rfc(9110, '10.1.4')),
  header('Trailer', 'both', 'connection', 'Names the fields that will come after the body, at the end of a chunked message.', rfc(9110, '6.6.2')),
  header('Upgrade', 'both', 'connection', 'Proposes (or confirms, with 101) switching the connection to another protocol such as websocket.', rfc(9110, '7.8'), {
    example: 'websocket',
  }),
  header('Expect', 'request', 'connection', '"100-continue": ask the server to approve the headers before the (large) body is sent.', rfc(9110, '10.1.1')),
  header('Via', 'both', 'routing', 'Each proxy on the way adds itself here, with the protocol version it used.', rfc(9110, '7.6.3'), { example: '1.1 varnish' }),
  header('Max-Forwards', 'request', 'routing', 'Limits how many proxies may forward a TRACE or OPTIONS request.', rfc(9110, '7.6.2')),
  header('Forwarded', 'request', 'routing', 'The standard way for proxies to pass on the original client address, host and protocol.', rfc(7239, '4'), {
    example: 'for=192.0.2.60;proto=https;host=example.com',
  }),
  header('X-Forwarded-For', 'request', 'routing', 'The de-facto list of client and proxy IP addresses a request went through, original client first.', undefined, {
    details: 'Anyone can send it: trust only the entries added by your own proxies.',
    nonStandard: true,
    example: '203.0.113.7, 10.0.0.2',
  }),
  header('X-Forwarded-Proto', 'request', 'routing', 'The protocol (http or https) the client used to reach the first proxy.', undefined, { nonStandard: true }),
  header('X-Forwarded-Host', 'request', 'routing', 'The Host the client originally asked for, before a proxy rewrote it.', undefined, { nonStandard: true }),
  header('Alt-Svc', 'response', 'connection', 'Advertises the same service elsewhere, typically "h3" to invite HTTP/3.', rfc(7838, '3'), {
    example: 'h3=":443"; ma=86400',
  }),
];
