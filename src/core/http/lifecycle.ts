import type { LifecycleStep, TimingPhases, WaterfallSegment } from '../model';

/** The phases of one HTTP request, in order, as the Timing waterfall shows them. */
export const LIFECYCLE_STEPS: readonly LifecycleStep[] = [
  {
    id: 'dns',
    label: 'DNS lookup',
    timingKey: 'dns',
    summary: 'Turning the host name into an IP address.',
    explanation: 'The client asks a DNS resolver which IP address belongs to the host in the URL. Answers are cached, so repeat requests usually skip this.',
    whenSkipped: 'Zero or missing when the URL uses an IP address, the answer was cached, or an open connection was reused.',
    whenSlow: 'A slow or distant DNS resolver, or a cache miss on a rarely visited host.',
  },
  {
    id: 'connect',
    label: 'TCP connect',
    timingKey: 'connect',
    summary: 'Opening a connection to the server (the TCP handshake).',
    explanation: 'Client and server exchange SYN, SYN-ACK and ACK packets: one network round trip before anything else can be sent.',
    whenSkipped: 'Missing when an existing keep-alive connection was reused.',
    whenSlow: 'The server is far away (high latency), overloaded, or packets are being dropped.',
  },
  {
    id: 'tls',
    label: 'TLS handshake',
    timingKey: 'tls',
    summary: 'Agreeing on encryption and checking the server\'s certificate (https only).',
    explanation: 'Client and server agree on keys and the client verifies the certificate chain. TLS 1.3 needs one round trip, TLS 1.2 two.',
    whenSkipped: 'Missing for plain http:// URLs and for reused connections.',
    whenSlow: 'Long certificate chains, slow certificate revocation checks, or high latency.',
  },
  {
    id: 'send',
    label: 'Request sent',
    summary: 'Writing the request line, headers and body onto the connection.',
    explanation: 'Usually instant; it only takes visible time when the body is large or the upload bandwidth is small.',
    whenSlow: 'A large upload over a slow link.',
  },
  {
    id: 'wait',
    label: 'Waiting (TTFB)',
    timingKey: 'ttfb',
    summary: 'Time to first byte: the server works on the request until the first byte of the answer arrives.',
    explanation: 'This is mostly the server\'s own processing time (database queries, rendering) plus one network round trip.',
    whenSlow: 'Slow server code, a slow database, a cold start, or a gateway waiting on something behind it.',
  },
  {
    id: 'download',
    label: 'Content download',
    timingKey: 'download',
    summary: 'Receiving the response body, from its first byte to its last.',
    explanation: 'Depends on the body size and the bandwidth. Compression (Content-Encoding) makes it shorter.',
    whenSkipped: 'Near zero for small or empty bodies.',
    whenSlow: 'A large body, a slow link, or a server that streams the answer slowly.',
  },
];

/** Why a browser-sent request shows only its total time. */
export const BROWSER_TIMING_NOTE =
  'A page can only see the phases of a cross-origin request when the server sends Timing-Allow-Origin. ' +
  'Otherwise the browser reports just the total; send through the relay to see every phase.';

/**
 * Lays the measured phases end to end for the waterfall. Phases the sender did not measure are
 * left out (not drawn as zero); with no phase at all, one "Total" bar stands for the whole request.
 */
export function waterfallSegments(timing: TimingPhases): WaterfallSegment[] {
  const segments: WaterfallSegment[] = [];
  let at = 0;
  for (const step of LIFECYCLE_STEPS) {
    const duration = step.timingKey ? timing[step.timingKey] : undefined;
    if (duration === undefined || !Number.isFinite(duration) || duration < 0) continue;
    segments.push({ id: step.id, label: step.label, start: at, duration });
    at += duration;
  }
  if (segments.length === 0) {
    return [{ id: 'total', label: 'Total', start: 0, duration: Math.max(0, timing.total) }];
  }
  return segments;
}

/** Time the measured phases do not account for (queueing, redirects, the relay's own work). */
export function unexplainedTime(timing: TimingPhases): number {
  // With no phase measured, the single "Total" bar already stands for everything.
  const measured = waterfallSegments(timing).reduce((sum, s) => sum + s.duration, 0);
  return Math.max(0, timing.total - measured);
}
