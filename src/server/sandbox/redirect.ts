import { sendEmpty, sendJson, sendProblem, type Req, type Res } from './respond.ts';
import { queryParam } from './url.ts';

const MAX_HOPS = 100;
const CODES = new Set([301, 302, 303, 307, 308]);

/**
 * `/sandbox/redirect/<n>[?status=301|302|303|307|308][&absolute=true]`: a chain of n redirects
 * that ends at `/sandbox/redirect/0`, which answers `{ redirected: true }` with the final method.
 */
export function handleRedirect(req: Req, res: Res, nSegment: string | undefined, rawQuery: string, base: string): void {
  const n = nSegment !== undefined && /^\d{1,4}$/.test(nSegment) ? Number(nSegment) : NaN;
  if (!(n >= 0 && n <= MAX_HOPS)) {
    return sendProblem(res, 400, { detail: `The number of redirects must be from 0 to ${MAX_HOPS}, got "${nSegment ?? ''}".` });
  }
  const status = Number(queryParam(rawQuery, 'status') ?? '302');
  if (!CODES.has(status)) {
    return sendProblem(res, 400, { detail: `"status" must be one of ${[...CODES].join(', ')}.` });
  }
  req.resume();
  if (n === 0) return sendJson(res, 200, { redirected: true, method: req.method });
  const query = rawQuery ? `?${rawQuery}` : '';
  const path = `${base}/redirect/${n - 1}${query}`;
  const absolute = queryParam(rawQuery, 'absolute') === 'true' && req.headers.host;
  sendEmpty(res, status, { Location: absolute ? `http://${req.headers.host}${path}` : path });
}
