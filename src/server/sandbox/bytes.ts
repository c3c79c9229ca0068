import { randomBytes } from 'node:crypto';
import { waitForDrain } from './drain.ts';
import { sendProblem, type Req, type Res } from './respond.ts';
import { queryParam } from './url.ts';
import { mulberry32 } from './prng.ts';

const CHUNK = 64 * 1024;

/** `/sandbox/bytes/<n>[?seed=<int>]`: n random bytes (capped), streamed; a seed makes them repeatable. */
export async function handleBytes(req: Req, res: Res, nSegment: string | undefined, rawQuery: string, maxBytes: number): Promise<void> {
  if (nSegment === undefined || !/^\d{1,15}$/.test(nSegment)) {
    return sendProblem(res, 400, { detail: `"${nSegment ?? ''}" is not a number of bytes.` });
  }
  const seedText = queryParam(rawQuery, 'seed');
  if (seedText !== undefined && !/^\d{1,10}$/.test(seedText)) {
    return sendProblem(res, 400, { detail: '"seed" must be a whole number.' });
  }
  const requested = Number(nSegment);
  const size = Math.min(requested, maxBytes);
  req.resume();
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/octet-stream');
  res.setHeader('Content-Length', String(size));
  if (size < requested) res.setHeader('X-Sandbox-Capped-At', String(maxBytes));
  if (req.method === 'HEAD') return void res.end();
  const next = seedText === undefined ? randomBytes : seededBytes(Number(seedText));
  let left = size;
  while (left > 0 && !res.destroyed) {
    const chunk = next(Math.min(CHUNK, left));
    left -= chunk.length;
    if (!res.write(chunk)) await waitForDrain(res);
  }
  if (!res.destroyed) res.end();
}

function seededBytes(seed: number): (n: number) => Buffer {
  const next = mulberry32(seed);
  return (n) => {
    const out = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i++) out[i] = next() & 0xff;
    return out;
  };
}
