import { rfc } from '../spec';
import { header, type HeaderEntry } from './entry';

/** Caching and conditional requests. */
export const CACHING_HEADERS: HeaderEntry[] = [
  header('Cache-Control', 'both', 'caching', 'Caching rules: whether the answer may be stored, by whom, and for how long it stays fresh.', rfc(9111, '5.2'), {
    details: 'no-store: never store. no-cache: store but check with the server before each reuse. max-age=N: fresh for N seconds. private: only the browser may store it, not shared caches.',
    example: 'public, max-age=3600',
  }),
  header('Expires', 'response', 'caching', 'The date after which the response is stale. Cache-Control: max-age wins when both are present.', rfc(9111, '5.3'), {
    example: 'Wed, 21 Oct 2026 07:28:00 GMT',
  }),
  header('Age', 'response', 'caching', 'How many seconds the response has spent in a cache. Present means a cache answered.', rfc(9111, '5.1'), { example: '24' }),
  header('Pragma', 'both', 'caching', 'An HTTP/1.0 leftover; "Pragma: no-cache" is still sent for very old caches. Use Cache-Control.', rfc(9111, '5.4'), {
    deprecated: true,
  }),
  header('ETag', 'response', 'conditional', 'A version tag of the representation; it changes whenever the content changes.', rfc(9110, '8.8.3'), {
    details: 'Send it back in If-None-Match to get a cheap 304 when nothing changed, or in If-Match to update only if nobody else did. W/ marks a weak tag (equivalent, not byte-identical).',
    example: '"33a64df5"',
  }),
  header('Last-Modified', 'response', 'conditional', 'When the server believes the resource last changed.', rfc(9110, '8.8.2'), {
    example: 'Tue, 15 Nov 1994 12:45:26 GMT',
  }),
  header('If-None-Match', 'request', 'conditional', 'Answer only if the ETag differs from these; otherwise 304 Not Modified (GET) or 412 (other methods).', rfc(9110, '13.1.2'), {
    details: 'If-None-Match: * on a PUT means "create it only if it does not exist yet".',
    example: '"33a64df5"',
  }),
  header('If-Match', 'request', 'conditional', 'Do this only if the current ETag matches: protects an update from overwriting someone else\'s change (412 otherwise).', rfc(9110, '13.1.1'), {
    example: '"33a64df5"',
  }),
  header('If-Modified-Since', 'request', 'conditional', 'Send the body only if it changed after this date; otherwise 304 Not Modified.', rfc(9110, '13.1.3')),
  header('If-Unmodified-Since', 'request', 'conditional', 'Do this only if the resource has not changed since this date (412 otherwise).', rfc(9110, '13.1.4')),
];
