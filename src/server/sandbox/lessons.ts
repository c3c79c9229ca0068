import { bearerToken, REALM } from './auth.ts';
import type { RateLimit } from './rateLimit';
import { sendJson, sendProblem, type Req, type Res } from './respond.ts';
import { queryParam } from './url.ts';

/** The API key `/sandbox/api-key` takes; a lesson tells the learner, as a real API's dashboard would. */
export const SANDBOX_API_KEY = 'sandbox-key';

/**
 * `/sandbox/admin`: 401 says "who are you?", 403 says "I know who you are, and no". No token → 401 with a
 * challenge; `Bearer admin` → 200; any other token → 403.
 */
export function handleAdmin(req: Req, res: Res): void {
  req.resume();
  const token = bearerToken(req);
  if (token === undefined) {
    return sendProblem(
      res,
      401,
      { detail: 'Who are you? Send "Authorization: Bearer <token>".' },
      { 'WWW-Authenticate': `Bearer realm="${REALM}"` },
    );
  }
  if (token !== 'admin') {
    return sendProblem(res, 403, {
      detail: `The token "${token}" is valid but may not use the admin area; sending it again will not help. (The sandbox's admin token is "admin".)`,
    });
  }
  sendJson(res, 200, { admin: true, users: 3, books: 'all of them' });
}

/** `/sandbox/api-key`: an API key in `X-API-Key` (or `?api_key=`); there is no challenge scheme for it. */
export function handleApiKey(req: Req, res: Res, rawQuery: string): void {
  req.resume();
  const header = req.headers['x-api-key'];
  const key = (Array.isArray(header) ? header[0] : header) ?? queryParam(rawQuery, 'api_key');
  if (key === SANDBOX_API_KEY) return sendJson(res, 200, { authenticated: true, via: header ? 'header' : 'query' });
  sendProblem(res, 401, {
    detail: key === undefined ? `Send the key in an X-API-Key header. The sandbox's key is "${SANDBOX_API_KEY}".` : `"${key}" is not a key this API issued.`,
  });
}

/** `/sandbox/limited`: three requests per ten seconds, then 429 with the seconds to wait in Retry-After. */
export function handleLimited(req: Req, res: Res, limit: RateLimit): void {
  req.resume();
  const { remaining, retryAfter } = limit.take();
  const headers = { 'RateLimit-Limit': String(limit.max), 'RateLimit-Remaining': String(remaining) };
  if (retryAfter > 0) {
    return sendProblem(
      res,
      429,
      { detail: `Only ${limit.max} requests per ${limit.windowMs / 1000} s. Wait ${retryAfter} s (Retry-After) before trying again.` },
      { ...headers, 'Retry-After': String(retryAfter) },
    );
  }
  sendJson(res, 200, { ok: true, remaining }, headers);
}
