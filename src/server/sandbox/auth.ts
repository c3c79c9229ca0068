import { sendJson, type Req, type Res } from './respond.ts';

export const REALM = 'Reqlab sandbox';

/** `/sandbox/basic-auth/<user>/<pass>`: 200 only with `Authorization: Basic base64(user:pass)`. */
export function handleBasicAuth(req: Req, res: Res, user: string, pass: string): void {
  req.resume();
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
  const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : undefined;
  if (decoded === `${user}:${pass}`) return sendJson(res, 200, { authenticated: true, user });
  sendJson(
    res,
    401,
    {
      authenticated: false,
      detail: match
        ? 'The user name or password is wrong.'
        : 'Send an Authorization header: "Basic " followed by base64 of "user:password".',
    },
    { 'WWW-Authenticate': `Basic realm="${REALM}", charset="UTF-8"` },
  );
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(req: Req): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
}

/** `/sandbox/bearer`: 200 with any `Authorization: Bearer <token>`. */
export function handleBearer(req: Req, res: Res): void {
  req.resume();
  const header = req.headers.authorization;
  const token = bearerToken(req);
  if (token !== undefined) return sendJson(res, 200, { authenticated: true, token });
  const challenge = header
    ? `Bearer realm="${REALM}", error="invalid_request", error_description="Expected: Bearer <token>"`
    : `Bearer realm="${REALM}"`;
  sendJson(
    res,
    401,
    { authenticated: false, detail: 'Send an Authorization header: "Bearer " followed by a token.' },
    { 'WWW-Authenticate': challenge },
  );
}
