import type { TimingPhases } from '../core/model';

export interface ResourceTimingFacts {
  phases: Partial<Pick<TimingPhases, 'dns' | 'connect' | 'tls' | 'ttfb' | 'download'>>;
  /** 'HTTP/1.1', 'HTTP/2' … when the browser tells (same origin or Timing-Allow-Origin). */
  httpVersion?: string;
  wireSize?: number;
  headersSize?: number;
}

let bufferWatch = false;
/** The resource timing buffer holds 250 entries by default and then drops new ones silently. */
function watchBuffer(): void {
  if (bufferWatch || typeof performance === 'undefined') return;
  bufferWatch = true;
  performance.setResourceTimingBufferSize?.(2000);
  performance.addEventListener?.('resourcetimingbufferfull', () => performance.clearResourceTimings());
}
watchBuffer();

const PROTOCOLS: Record<string, string> = { 'http/1.0': 'HTTP/1.0', 'http/1.1': 'HTTP/1.1', h2: 'HTTP/2', h3: 'HTTP/3' };

/**
 * The phases the browser measured for `url` since `startedAt` (performance.now() clock).
 * Cross-origin servers that do not send Timing-Allow-Origin get zeros from the browser:
 * those are left out rather than shown as 0 ms.
 */
export function readResourceTiming(url: string, since: number): ResourceTimingFacts | undefined {
  if (typeof performance === 'undefined' || !performance.getEntriesByName) return undefined;
  const entries = performance.getEntriesByName(url, 'resource') as PerformanceResourceTiming[];
  const entry = [...entries].reverse().find((e) => e.startTime >= since - 1);
  if (!entry) return undefined;
  const facts: ResourceTimingFacts = { phases: {} };
  const protocol = PROTOCOLS[entry.nextHopProtocol];
  if (protocol) facts.httpVersion = protocol;
  if (entry.encodedBodySize > 0) facts.wireSize = entry.encodedBodySize;
  if (entry.transferSize > 0 && entry.encodedBodySize > 0 && entry.transferSize > entry.encodedBodySize) {
    facts.headersSize = entry.transferSize - entry.encodedBodySize;
  }
  // responseStart is 0 when the timing is hidden (no Timing-Allow-Origin).
  if (entry.responseStart <= 0 || entry.requestStart <= 0) return facts;
  const p = facts.phases;
  p.dns = Math.max(0, entry.domainLookupEnd - entry.domainLookupStart);
  const tlsStart = entry.secureConnectionStart > 0 ? entry.secureConnectionStart : 0;
  p.connect = Math.max(0, (tlsStart || entry.connectEnd) - entry.connectStart);
  if (tlsStart) p.tls = Math.max(0, entry.connectEnd - tlsStart);
  p.ttfb = Math.max(0, entry.responseStart - entry.requestStart);
  p.download = Math.max(0, entry.responseEnd - entry.responseStart);
  return facts;
}
