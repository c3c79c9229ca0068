import { sendJson, sendProblem, type Req, type Res } from './respond.ts';
import { randomBytes } from 'node:crypto';
import { parseQuery } from './url.ts';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const COOKIE_OCTETS = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;

/** Cookie header pairs in order, repeats kept (several Cookie headers are joined as HTTP/2 allows). */
export function receivedCookies(req: Req): [string, string][] {
  const header = req.headers.cookie ?? '';
  return header
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      return equals === -1 ? ['', part] : [part.slice(0, equals).trim(), part.slice(equals + 1).trim()];
    });
}

/** `/sandbox/cookies`: the cookies that came with the request. */
export function handleCookies(req: Req, res: Res): void {
  const pairs = receivedCookies(req);
  req.resume();
  sendJson(res, 200, { cookies: Object.fromEntries(pairs), pairs });
}

/**
 * `/sandbox/cookies/set?name=value&…` sets one cookie per pair (one Set-Cookie header each);
 * `/sandbox/cookies/delete?name&…` expires them.
 */
export function handleSetCookies(req: Req, res: Res, rawQuery: string, remove: boolean): void {
  const pairs = parseQuery(rawQuery);
  const bad = pairs.find(([name]) => !TOKEN.test(name));
  if (bad) return sendProblem(res, 400, { detail: `"${bad[0]}" is not a valid cookie name.` });
  const headers = pairs.map(([name, value]) => {
    if (remove) return `${name}=; Path=/; Max-Age=0`;
    // Values a cookie cannot hold (spaces, commas, semicolons…) are percent-encoded.
    const safe = COOKIE_OCTETS.test(value) ? value : encodeURIComponent(value);
    return `${name}=${safe}; Path=/`;
  });
  req.resume();
  if (headers.length > 0) res.setHeader('Set-Cookie', headers);
  sendJson(res, 200, remove ? { deleted: pairs.map(([name]) => name) } : { set: pairs });
}

/**
 * `/sandbox/login?max_age=<seconds>`: a session login as a real site does it, an HttpOnly session
 * cookie that expires (default one hour). `/sandbox/cookies` then shows whether it came back.
 */
export function handleLogin(req: Req, res: Res, rawQuery: string): void {
  const raw = parseQuery(rawQuery).find(([name]) => name === 'max_age')?.[1] ?? '3600';
  if (!/^\d{1,9}$/.test(raw)) return sendProblem(res, 400, { detail: `max_age must be a whole number of seconds, not "${raw}".` });
  const session = randomBytes(12).toString('hex');
  req.resume();
  res.setHeader('Set-Cookie', `session=${session}; Path=/sandbox; Max-Age=${raw}; HttpOnly; SameSite=Lax`);
  sendJson(res, 200, { loggedIn: true, session, expiresInSeconds: Number(raw) });
}
