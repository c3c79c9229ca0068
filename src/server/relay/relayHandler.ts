import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeFrameHead, encodeFrameTrailer, type RelayRefusal } from '../../core/relay/protocol.ts';
import { executeRequest } from './executeRequest.ts';
import { relayRefusalReason, type RelayGuardOptions } from './guards.ts';
import { resolveLimits, type RelayLimits } from './limits.ts';
import { readRelayCall } from './readRelayCall.ts';
import { removeSpooled } from './outgoingBody.ts';
import { createAdmission, DEFAULT_ADMISSION, type AdmissionLimits } from './admission.ts';

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
 * POST RELAY_PATH: checks that the call comes from Reqlab's own page, then performs the
 * request and streams the binary frame (head, body chunks with backpressure, trailer).
 */
export function createRelayHandler(opts: RelayHandlerOptions) {
  const limits = resolveLimits(opts.limits);
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
    const call = await readRelayCall(req, limits.maxRequestBodyBytes, ticket);
    if (call.kind === 'gone') return;
    if (call.kind === 'busy') {
      sendJson(res, 503, BUSY, { 'Retry-After': '2', Connection: 'close' });
      return;
    }
    if (call.kind === 'malformed') {
      sendJson(res, 400, { error: { code: 'INVALID_REQUEST', message: call.message } }, { Connection: 'close' });
      return;
    }
    // Over the limit, the call carries no body: executeRequest refuses it from `bodySize` (TOO_LARGE),
    // as a frame, so the message shows in the response area like any failed send.
    const { request, body } = call.kind === 'call' ? call : { request: call.request, body: null };
    res.on('close', () => void removeSpooled(body));

    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // An upload refused from its head is still being read and dropped: don't keep the connection.
      ...(call.kind === 'too-large' ? { Connection: 'close' } : {}),
    });
    const { trailer } = await executeRequest(request, {
      body,
      signal: controller.signal,
      limits,
      publicTargetsOnly: opts.publicTargetsOnly?.(req) ?? false,
      onHead: (head) => {
        // A small answer's head, body and trailer leave in one write (one read in the page, not three);
        // a body that comes later is not held back: the head goes after this turn of the event loop.
        res.cork();
        res.write(encodeFrameHead(head));
        setImmediate(() => res.uncork());
      },
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
