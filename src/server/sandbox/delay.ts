import { sendJson, sendProblem, type Req, type Res } from './respond.ts';

/** `/sandbox/delay/<ms>`: answers after that many milliseconds, capped at `maxDelayMs`. */
export function handleDelay(req: Req, res: Res, msSegment: string | undefined, maxDelayMs: number): void {
  if (msSegment === undefined || !/^\d{1,9}$/.test(msSegment)) {
    return sendProblem(res, 400, { detail: `"${msSegment ?? ''}" is not a number of milliseconds.` });
  }
  const requestedMs = Number(msSegment);
  const delayedMs = Math.min(requestedMs, maxDelayMs);
  req.resume();
  const timer = setTimeout(() => {
    sendJson(res, 200, { requestedMs, delayedMs, capMs: maxDelayMs, capped: delayedMs < requestedMs });
  }, delayedMs);
  // A cancelled request should not keep a timer alive.
  res.on('close', () => clearTimeout(timer));
}
