import { doc, draft, rfc } from '../spec';
import { header, type HeaderEntry } from './entry';

/** Who is talking, where to go next, and API conventions. */
export const CONTEXT_HEADERS: HeaderEntry[] = [
  header('User-Agent', 'request', 'context', 'Names the client software making the request.', rfc(9110, '10.1.5'), {
    details: 'The Fetch Standard lets pages set it, but Chromium still silently keeps its own. The relay sends yours.',
    example: 'Reqlab/0.1',
  }),
  header('Referer', 'request', 'context', 'The address of the page that led to this request (misspelled in the original spec, and kept that way).', rfc(9110, '10.1.3')),
  header('From', 'request', 'context', 'An e-mail address of the person or robot behind the client; used by some crawlers.', rfc(9110, '10.1.2')),
  header('Server', 'response', 'context', 'Names the server software. Often shortened on purpose to avoid helping attackers.', rfc(9110, '10.2.4'), { example: 'nginx' }),
  header('Date', 'both', 'context', 'When the message was generated, in GMT.', rfc(9110, '6.6.1'), { example: 'Tue, 15 Nov 1994 08:12:31 GMT' }),
  header('Location', 'response', 'context', 'Where to go next: the target of a redirect (3xx) or the URL of what a 201 created.', rfc(9110, '10.2.2'), {
    example: '/books/42',
  }),
  header('Allow', 'response', 'context', 'The methods this resource supports; required with 405 Method Not Allowed.', rfc(9110, '10.2.1'), {
    example: 'GET, HEAD, PUT',
  }),
  header('Retry-After', 'response', 'context', 'How long to wait (seconds or a date) before retrying, with 503, 429 or a redirect.', rfc(9110, '10.2.3'), {
    example: '120',
  }),
  header('Link', 'both', 'context', 'Typed links to related resources: next page of results, preload hints, canonical URL.', rfc(8288, '3'), {
    example: '<https://api.example.com/items?page=2>; rel="next"',
  }),
  header('Prefer', 'request', 'context', 'Optional preferences for how the server handles the request, e.g. return=minimal or respond-async.', rfc(7240, '2')),
  header('Preference-Applied', 'response', 'context', 'Which Prefer preferences the server honoured.', rfc(7240, '3')),
  header('Server-Timing', 'response', 'context', 'Server-side durations (database, cache …) the server chose to reveal; browsers show them in dev tools.', doc('W3C Server Timing', 'https://www.w3.org/TR/server-timing/'), {
    example: 'db;dur=53, app;dur=47.2',
  }),
  header('X-Request-Id', 'both', 'context', 'A unique id for one request, so client, proxies and server logs can be matched. Quote it when reporting a bug.', undefined, {
    nonStandard: true,
    example: 'f058ebd6-02f7-4d3f-942e-904344e8cde5',
  }),
  header('X-Requested-With', 'request', 'context', 'Traditionally "XMLHttpRequest", set by JavaScript libraries so servers can tell scripts from page loads.', undefined, {
    nonStandard: true,
  }),
  header('X-HTTP-Method-Override', 'request', 'context', 'Asks a server to treat a POST as another method, for clients that can only send GET and POST.', undefined, {
    nonStandard: true,
    example: 'PATCH',
  }),
  header('X-Powered-By', 'response', 'context', 'Names the framework behind the server (Express, PHP). Usually better removed.', undefined, { nonStandard: true }),
  header('Idempotency-Key', 'request', 'context', 'A unique key that lets the server recognise a retried POST and not run it twice (payment APIs).', draft('draft-ietf-httpapi-idempotency-key-header')),
  header('RateLimit-Policy', 'response', 'context', 'The rate-limit quota policies that apply to you.', draft('draft-ietf-httpapi-ratelimit-headers')),
  header('RateLimit', 'response', 'context', 'How much of your rate-limit quota remains and when it resets.', draft('draft-ietf-httpapi-ratelimit-headers')),
  header('X-RateLimit-Remaining', 'response', 'context', 'A common, non-standard way to say how many requests you have left in the current window.', undefined, {
    nonStandard: true,
  }),
  header('Deprecation', 'response', 'context', 'Says the resource is (or will be) deprecated, and since when.', rfc(9745, '2')),
  header('Sunset', 'response', 'context', 'The date after which the resource is expected to stop responding.', rfc(8594, '3')),
  header('DNT', 'request', 'context', '"Do Not Track": a privacy wish that few sites honoured; browsers are dropping it.', undefined, {
    deprecated: true,
    nonStandard: true,
  }),
];
