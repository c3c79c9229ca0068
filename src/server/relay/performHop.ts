import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { SentRequest } from '../../core/model';
import { buildOutgoingHeaders } from './outgoingHeaders.ts';
import { endWithBody, outgoingBodySize } from './outgoingBody.ts';
import { RelayFailure } from './errors.ts';
import { checkLiteralTarget, publicOnlyLookup } from './targetPolicy.ts';
import type { HopRequest } from './redirects';

export interface HopTiming {
  dns?: number;
  connect?: number;
  tls?: number;
  ttfb?: number;
  /** performance.now() when the response head arrived. */
  responseAt: number;
}

export interface HopResult {
  response: IncomingMessage;
  sent: SentRequest;
  timing: HopTiming;
}

// Node adds "Content-Length: 0" on a body-less request of these methods; say so ourselves so the report is true.
/** The largest response header block read (status line and headers): a bound on memory, not on a count. */
export const MAX_RESPONSE_HEAD_BYTES = 4 * 1024 * 1024;

const NO_BODY_BY_DEFAULT = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);
function bodySizeHeader(hop: HopRequest): number | null {
  if (hop.body) return outgoingBodySize(hop.body);
  return NO_BODY_BY_DEFAULT.has(hop.method.toUpperCase()) ? null : 0;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * One HTTP exchange on a fresh connection (agent: false), so every phase is real and measured.
 * Resolves when the response head arrives; the body is left unread for the caller to stream.
 */
/** Extra trust settings for https (the CLI's --cacert/--insecure, tests with their own CA). */
export interface TlsOptions {
  ca?: string | Buffer;
  rejectUnauthorized?: boolean;
}

/** `agent`: NTLM's messages share one kept-alive socket; every other hop gets a fresh one. */
export function performHop(hop: HopRequest, signal: AbortSignal, tls: TlsOptions = {}, publicTargetsOnly = false, agent?: http.Agent): Promise<HopResult> {
  const { url } = hop;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new RelayFailure('INVALID_REQUEST', `Only http:// and https:// URLs can be sent (got ${url.protocol}).`));
  }
  const headers = buildOutgoingHeaders(hop.headers, url, bodySizeHeader(hop), agent !== undefined);
  const path = `${url.pathname || '/'}${url.search}`;
  const sent: SentRequest = {
    requestLine: `${hop.method} ${path} HTTP/1.1`,
    headers,
    bodySize: outgoingBodySize(hop.body),
  };
  const client = url.protocol === 'https:' ? https : http;
  const t0 = performance.now();
  const marks: { lookup?: number; connect?: number; secure?: number; sent?: number } = {};

  return new Promise<HopResult>((resolve, reject) => {
    let req: http.ClientRequest;
    try {
      if (publicTargetsOnly) checkLiteralTarget(url.hostname);
      req = client.request({
        protocol: url.protocol,
        // URL keeps IPv6 literals in brackets; the socket API wants them bare.
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || undefined,
        method: hop.method,
        path,
        headers: headers.flat(),
        setHost: false,
        agent: agent ?? false,
        // Node's defaults (16 KB of header block, 2,000 raw entries) drop late headers silently;
        // the block is bounded here instead, and the count is cut, and reported, by the relay.
        maxHeaderSize: MAX_RESPONSE_HEAD_BYTES,
        ...(publicTargetsOnly ? { lookup: publicOnlyLookup } : {}),
        signal,
        servername: /^[\d.]+$|:/.test(url.hostname) ? undefined : url.hostname,
        ...(url.protocol === 'https:' ? tls : {}),
      });
    } catch (err) {
      reject(err);
      return;
    }
    req.maxHeadersCount = 0;
    req.on('socket', (socket: Socket) => {
      socket.once('lookup', () => (marks.lookup = performance.now()));
      socket.once('connect', () => (marks.connect = performance.now()));
      socket.once('secureConnect', () => (marks.secure = performance.now()));
    });
    req.on('finish', () => (marks.sent = performance.now()));
    req.on('error', reject);
    req.on('response', (response) => {
      const responseAt = performance.now();
      const timing: HopTiming = { responseAt };
      if (marks.lookup !== undefined) timing.dns = round(marks.lookup - t0);
      if (marks.connect !== undefined) timing.connect = round(marks.connect - (marks.lookup ?? t0));
      if (marks.secure !== undefined && marks.connect !== undefined) timing.tls = round(marks.secure - marks.connect);
      const requestDone = marks.sent ?? marks.secure ?? marks.connect ?? t0;
      timing.ttfb = round(responseAt - requestDone);
      resolve({ response, sent, timing });
    });
    endWithBody(req, hop.body);
  });
}
