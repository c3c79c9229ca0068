import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeFrameHead, encodeFrameTrailer, type RelayRefusal } from '../../core/relay/protocol.ts';
import { executeRequest } from './executeRequest.ts';
import { relayRefusalReason, type RelayGuardOptions } from './guards.ts';
import { resolveLimits, type RelayLimits } from './limits.ts';
import { parseRelayRequest } from './parseRelayRequest.ts';
import { createAdmission, DEFAULT_ADMISSION, type AdmissionLimits, type Ticket } from './admission.ts';

export interface RelayHandlerOptions extends RelayGuardOptions {
  limits?: Partial<RelayLimits>;
  admission?: AdmissionLimits;
  /** True for calls that may only reach public addresses (they came from another machine). */
  publicTargetsOnly?: (req: IncomingMessage) => boolean;
}

const BUSY: RelayRefusal = {
  error: { code: 'RELAY_BUSY', message: 'The relay is busy with other large requests right now. Try again in a moment.' },
};

function sendJson(res: ServerResponse, status: number, body: RelayRefusal, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

/**
 * Reads the call body up to `max` bytes, holding each chunk against the server-wide buffer cap:
 * null when it is larger, 'busy' when the cap is reached, undefined when the page went away.
 */
function readBody(req: IncomingMessage, max: number, ticket: Ticket): Promise<Buffer | null | 'busy' | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      const over = size > max ? null : !ticket.hold(chunk.length) ? 'busy' : false;
      if (over !== false) {
        req.removeAllListeners('data');
        chunks.length = 0;
        req.resume();
        resolve(over);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(undefined));
  });
}

/**
 * POST RELAY_PATH: checks that the call comes from Reqlab's own page, then performs the
 * request and streams the binary frame (head, body chunks with backpressure, trailer).
 */
export function createRelayHandler(opts: RelayHandlerOptions) {
  const limits = resolveLimits(opts.limits);
  // base64 grows the body by 4/3; leave room for the JSON around it.
  const maxCallBytes = Math.ceil((limits.maxRequestBodyBytes * 4) / 3) + 1024 * 1024;
  const admission = createAdmission(opts.admission ?? DEFAULT_ADMISSION);

  return async function relayHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = relayRefusalReason(req, opts);
    if (refusal) {
      req.resume();
      sendJson(res, 403, { error: { code: 'RELAY_REFUSED', message: refusal } });
      return;
    }
    if (req.method !== 'POST') {
      req.resume();
      sendJson(res, 405, { error: { code: 'INVALID_REQUEST', message: 'The relay only accepts POST.' } }, { Allow: 'POST' });
      return;
    }
    const ticket = admission.enter();
    if (!ticket) {
      req.resume();
      sendJson(res, 503, BUSY, { 'Retry-After': '2', Connection: 'close' });
      return;
    }
    res.on('close', ticket.release);
    const raw = await readBody(req, maxCallBytes, ticket);
    if (raw === undefined) return;
    if (raw === 'busy') {
      sendJson(res, 503, BUSY, { 'Retry-After': '2', Connection: 'close' });
      return;
    }
    if (raw === null) {
      sendJson(res, 413, {
        error: { code: 'INVALID_REQUEST', message: `The request is too large for the relay (its body limit is ${limits.maxRequestBodyBytes} bytes).` },
      }, { Connection: 'close' });
      return;
    }
    const parsed = parseRelayRequest(raw.toString('utf8'));
    if (!parsed.ok) {
      sendJson(res, 400, { error: { code: 'INVALID_REQUEST', message: parsed.message } });
      return;
    }

    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    const { trailer } = await executeRequest(parsed.value, {
      signal: controller.signal,
      limits,
      publicTargetsOnly: opts.publicTargetsOnly?.(req) ?? false,
      onHead: (head) => res.write(encodeFrameHead(head)),
      onChunk: (chunk) => {
        if (res.destroyed || res.write(chunk)) return;
        return new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      },
    });
    if (!res.destroyed) res.end(encodeFrameTrailer(trailer));
  };
}
