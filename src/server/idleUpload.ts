import type { IncomingMessage, ServerResponse } from 'node:http';

/** An upload that sends nothing for this long is ended with 408: a stalled body must not hold a socket. */
export const IDLE_UPLOAD_MS = 30_000;
/** Node's own limits, set explicitly: the request head must arrive in time, and so must a whole upload. */
export const HEADERS_TIMEOUT_MS = 30_000;
export const UPLOAD_TOTAL_MS = 15 * 60_000;

const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || (Number(req.headers['content-length']) || 0) > 0;

/**
 * Ends a request whose body stops arriving. Progress is read from the socket's byte count, so
 * nothing here reads the body or takes it out of the parser's fast path. Time spent waiting for
 * an upstream answer after the body has arrived is not idle upload time.
 */
export function watchIdleUpload(req: IncomingMessage, res: ServerResponse, idleMs = IDLE_UPLOAD_MS): void {
  if (!hasBody(req)) return;
  const socket = req.socket;
  let seen = socket.bytesRead;
  let quietSince = Date.now();
  const tick = Math.max(10, Math.min(1000, Math.floor(idleMs / 4)));
  const timer = setInterval(() => {
    if (req.complete || res.writableEnded || socket.destroyed) return stop();
    if (socket.bytesRead !== seen) {
      seen = socket.bytesRead;
      quietSince = Date.now();
      return;
    }
    if (Date.now() - quietSince < idleMs) return;
    stop();
    const seconds = Math.round(idleMs / 1000);
    if (!res.headersSent) {
      const text = JSON.stringify({ error: { code: 'UPLOAD_IDLE', message: `The request body stopped arriving: nothing came for ${seconds} s, so the server closed the request.` } });
      res.writeHead(408, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), Connection: 'close' });
      res.end(text, () => socket.destroy());
    } else socket.destroy();
  }, tick);
  timer.unref();
  function stop() {
    clearInterval(timer);
  }
  res.once('close', stop);
}
