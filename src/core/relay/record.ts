import type { ResponseRecord, TransportError } from '../model';
import type { RelayHead, RelayTrailer } from './protocol';

/**
 * The failure a decoded frame stands for, if any. A body cut at the size cap still gives a
 * usable response (marked truncated); every other error, before or during the body, does not.
 */
export function frameFailure(head: RelayHead, trailer?: RelayTrailer): TransportError | undefined {
  if (head.error) return head.error;
  if (trailer?.error && trailer.error.code !== 'TOO_LARGE') return trailer.error;
  return undefined;
}

/** One response record from a relay frame, whichever side (page or Node) read it. */
export function responseRecordFromFrame(head: RelayHead, body: Uint8Array, trailer: RelayTrailer): ResponseRecord {
  return {
    sender: 'relay',
    url: head.url,
    status: head.status,
    statusText: head.statusText,
    httpVersion: head.httpVersion,
    headers: head.headers,
    body,
    bodySize: trailer.bodySize,
    wireSize: trailer.wireSize,
    ...(head.headersSize !== undefined ? { headersSize: head.headersSize } : {}),
    ...(head.headersDropped ? { headersDropped: head.headersDropped } : {}),
    truncated: trailer.truncated,
    timing: trailer.timing,
    redirects: head.redirects ?? [],
    ...(head.sent ? { sent: head.sent } : {}),
  };
}
