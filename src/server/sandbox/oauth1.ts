import { timingSafeEqual } from 'node:crypto';
import { sign } from 'oauth-sign';
import { nonceBook } from './nonceBook.ts';
import { readBodyOrRefuse, sendJson, type Req, type Res } from './respond.ts';

/** The sandbox's OAuth 1.0 consumer and token, shown in the route list so anyone can sign for them. */
export const SANDBOX_OAUTH1 = {
  consumerKey: 'reqlab-consumer',
  consumerSecret: 'reqlab-consumer-secret',
  token: 'reqlab-token',
  tokenSecret: 'reqlab-token-secret',
} as const;

const SKEW_SEC = 300;
const nonces = nonceBook(SKEW_SEC);

/** `OAuth realm="x", oauth_consumer_key="…"` → its parameters, decoded (RFC 5849 §3.5.1). */
function headerParams(value: string): [string, string][] | undefined {
  const match = /^OAuth\s+(.*)$/is.exec(value.trim());
  if (!match) return undefined;
  const out: [string, string][] = [];
  for (const part of match[1]!.matchAll(/([A-Za-z0-9_.~-]+)\s*=\s*"([^"]*)"/g)) out.push([decodeURIComponent(part[1]!), decodeURIComponent(part[2]!)]);
  return out;
}

function refuse(res: Res, problem: string, message: string): void {
  sendJson(res, 401, { authenticated: false, oauth_problem: problem, message, hint: `Sign with OAuth 1.0: consumer key ${SANDBOX_OAUTH1.consumerKey}, consumer secret ${SANDBOX_OAUTH1.consumerSecret}, token ${SANDBOX_OAUTH1.token}, token secret ${SANDBOX_OAUTH1.tokenSecret}.` }, {
    'WWW-Authenticate': `OAuth realm="reqlab-sandbox", oauth_problem="${problem}"`,
  });
}

/**
 * `/sandbox/oauth1/…`: answers 200 only to a request signed for the sandbox's consumer and token.
 * The signature is recomputed by `oauth-sign` (an implementation not Reqlab's) from what arrived:
 * the method, the URL, the query, a form body and the oauth_* parameters from the header or query.
 */
export async function handleOAuth1(req: Req, res: Res, rawQuery: string, maxBytes: number): Promise<void> {
  const body = await readBodyOrRefuse(req, res, maxBytes);
  if (!body) return;
  const query = [...new URLSearchParams(rawQuery)];
  const fromHeader = headerParams(String(req.headers.authorization ?? ''));
  const oauth = fromHeader ?? query.filter(([k]) => k.startsWith('oauth_'));
  const get = (name: string) => oauth.find(([k]) => k === name)?.[1];
  const signature = get('oauth_signature');
  if (!signature) return refuse(res, 'parameter_absent', 'No OAuth 1.0 signature: send oauth_* parameters in the Authorization header or the query.');
  const method = get('oauth_signature_method') ?? '';
  if (!['HMAC-SHA1', 'HMAC-SHA256', 'PLAINTEXT'].includes(method)) return refuse(res, 'signature_method_rejected', `The signature method “${method}” is not one the sandbox checks (HMAC-SHA1, HMAC-SHA256, PLAINTEXT).`);
  if (get('oauth_consumer_key') !== SANDBOX_OAUTH1.consumerKey) return refuse(res, 'consumer_key_unknown', `Unknown consumer key “${get('oauth_consumer_key') ?? ''}”.`);
  if (get('oauth_token') !== SANDBOX_OAUTH1.token) return refuse(res, 'token_rejected', `Unknown token “${get('oauth_token') ?? ''}”.`);
  const ts = Number(get('oauth_timestamp'));
  const now = Date.now() / 1000;
  if (!Number.isFinite(ts) || Math.abs(now - ts) > SKEW_SEC) return refuse(res, 'timestamp_refused', `The timestamp is more than ${SKEW_SEC} s from the sandbox's clock.`);

  const params: Record<string, string | string[]> = {};
  const add = ([k, v]: [string, string]) => {
    if (k === 'oauth_signature' || k === 'realm') return;
    const had = params[k];
    params[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  };
  query.forEach(add);
  if (fromHeader) fromHeader.forEach(add);
  const contentType = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType === 'application/x-www-form-urlencoded') [...new URLSearchParams(body.toString('utf8'))].forEach(add);
  const path = (req.url ?? '/').split('?')[0]!;
  const expected = sign(method, req.method ?? 'GET', `http://${String(req.headers.host ?? '').toLowerCase()}${path}`, params, SANDBOX_OAUTH1.consumerSecret, SANDBOX_OAUTH1.tokenSecret);
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return refuse(res, 'signature_invalid', 'The signature does not match the request: another secret, or a part of the request that changed after signing.');
  if (nonces.isReplay(`${ts}:${get('oauth_nonce') ?? ''}`, ts)) return refuse(res, 'nonce_used', 'This nonce was already used with this timestamp: the request was replayed.');
  sendJson(res, 200, { authenticated: true, message: 'OAuth 1.0 signature verified', signatureMethod: method, consumerKey: SANDBOX_OAUTH1.consumerKey, in: fromHeader ? 'header' : 'query' });
}
