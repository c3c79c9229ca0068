import { sendProblem, type Req, type Res } from './respond.ts';
import { queryParam } from './url.ts';

const MAX_DRIP_BYTES = 10 * 1024 * 1024;
const TICK_MS = 50;

/**
 * `/sandbox/drip?bytes=&duration=&delay=`: `bytes` asterisks spread evenly over `duration` ms,
 * with a Content-Length so a client can show real progress.
 */
export function handleDrip(req: Req, res: Res, rawQuery: string, maxDelayMs: number): void {
  const bytes = readNumber(rawQuery, 'bytes', 10);
  const duration = readNumber(rawQuery, 'duration', 2000);
  const delay = readNumber(rawQuery, 'delay', 0);
  if (bytes === undefined || duration === undefined || delay === undefined) {
    return sendProblem(res, 400, { detail: '"bytes", "duration" and "delay" must be whole numbers.' });
  }
  const total = Math.min(bytes, MAX_DRIP_BYTES);
  const durationMs = Math.min(duration, maxDelayMs);
  const delayMs = Math.min(delay, maxDelayMs);
  req.resume();
  const ticks = Math.max(1, Math.min(total, Math.ceil(durationMs / TICK_MS)));
  const interval = ticks > 1 ? durationMs / (ticks - 1) : 0;
  let sent = 0;
  let tick = 0;
  let timer: NodeJS.Timeout | undefined;
  const writeTick = () => {
    tick += 1;
    const target = Math.round((total * tick) / ticks);
    const chunk = Buffer.alloc(target - sent, '*');
    sent = target;
    if (tick >= ticks) {
      res.end(chunk);
      return;
    }
    if (chunk.length > 0) res.write(chunk);
    timer = setTimeout(writeTick, interval);
  };
  res.on('close', () => clearTimeout(timer));
  timer = setTimeout(() => {
    res.writeHead(200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': String(total),
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.flushHeaders();
    if (total === 0) res.end();
    else writeTick();
  }, delayMs);
}

function readNumber(rawQuery: string, name: string, fallback: number): number | undefined {
  const raw = queryParam(rawQuery, name);
  if (raw === undefined || raw === '') return fallback;
  return /^\d{1,12}$/.test(raw) ? Number(raw) : undefined;
}
