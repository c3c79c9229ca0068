import { createHash, createHmac, randomBytes } from 'node:crypto';
import { REALM } from './auth.ts';
import { sendJson, sendProblem, type Req, type Res } from './respond.ts';
import { queryParam } from './url.ts';

const NONCE_LIFETIME_MS = 5 * 60 * 1000;
const ALGORITHMS = { MD5: 'md5', 'SHA-256': 'sha256' } as const;
type Algorithm = keyof typeof ALGORITHMS;

/**
 * Digest access authentication (RFC 7616, qop=auth). Nonces are stateless: a timestamp signed with a
 * per-handler secret, so any nonce this handler issued in the last five minutes is accepted.
 */
export function createDigestAuth() {
  const secret = randomBytes(32);
  const opaque = randomBytes(16).toString('hex');

  const sign = (timestamp: string) => createHmac('sha256', secret).update(timestamp).digest('base64url');
  const newNonce = () => {
    const timestamp = String(Date.now());
    return Buffer.from(`${timestamp}:${sign(timestamp)}`).toString('base64url');
  };
  const nonceState = (nonce: string): 'fresh' | 'stale' | 'invalid' => {
    const [timestamp = '', signature] = Buffer.from(nonce, 'base64url').toString('utf8').split(':');
    if (signature !== sign(timestamp)) return 'invalid';
    return Date.now() - Number(timestamp) <= NONCE_LIFETIME_MS ? 'fresh' : 'stale';
  };

  /** `/sandbox/digest-auth/<user>/<pass>[?algorithm=MD5|SHA-256]`. */
  return function handleDigestAuth(req: Req, res: Res, user: string, pass: string, rawQuery: string): void {
    req.resume();
    const algorithm = (queryParam(rawQuery, 'algorithm') ?? 'MD5').toUpperCase();
    if (!(algorithm in ALGORITHMS)) {
      return sendProblem(res, 400, { detail: `"algorithm" must be MD5 or SHA-256, got "${algorithm}".` });
    }
    const hash = (text: string) => createHash(ALGORITHMS[algorithm as Algorithm]).update(text, 'utf8').digest('hex');
    const challenge = (stale: boolean, detail: string) =>
      sendJson(res, 401, { authenticated: false, detail }, {
        'WWW-Authenticate':
          `Digest realm="${REALM}", qop="auth", algorithm=${algorithm}, nonce="${newNonce()}", opaque="${opaque}"` +
          (stale ? ', stale=true' : ''),
      });

    const header = req.headers.authorization ?? '';
    if (!/^Digest\s/i.test(header)) return challenge(false, 'Answer the Digest challenge in WWW-Authenticate.');
    const params = parseDigestParams(header.replace(/^Digest\s+/i, ''));
    const { username, realm, nonce = '', uri, response, qop, nc = '', cnonce = '' } = params;
    const state = nonceState(nonce);
    if (state !== 'fresh') return challenge(state === 'stale', `The nonce is ${state}; use the new one.`);
    if (params.algorithm && params.algorithm.toUpperCase() !== algorithm) {
      return challenge(false, `This challenge uses ${algorithm}, the answer used ${params.algorithm}.`);
    }
    if (uri !== req.url) return challenge(false, `"uri" must be the request target, ${req.url}.`);
    if (username !== user || realm !== REALM) return challenge(false, 'The user name or realm is wrong.');
    const ha1 = hash(`${user}:${REALM}:${pass}`);
    const ha2 = hash(`${req.method}:${uri}`);
    const expected = qop === 'auth' ? hash(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`) : hash(`${ha1}:${nonce}:${ha2}`);
    if (response?.toLowerCase() !== expected) return challenge(false, 'The digest response is wrong (wrong password?).');
    const rspauth = qop === 'auth' ? hash(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${hash(`:${uri}`)}`) : undefined;
    const info: Record<string, string> = rspauth
      ? { 'Authentication-Info': `rspauth="${rspauth}", qop=auth, nc=${nc}, cnonce="${cnonce}"` }
      : {};
    sendJson(res, 200, { authenticated: true, user }, info);
  };
}

/** `key=value` and `key="quoted, value"` pairs of a Digest Authorization header. */
export function parseDigestParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const match of text.matchAll(pattern)) {
    params[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? '');
  }
  return params;
}
