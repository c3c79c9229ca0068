import { createHmac, createPublicKey, generateKeyPairSync, timingSafeEqual, verify, constants, type KeyObject } from 'node:crypto';
import { bearerToken } from './auth.ts';
import { sendJson, type Req, type Res } from './respond.ts';

/** The sandbox's HMAC secret for JWT bearer: shown in its route list so anyone can sign for it. */
export const SANDBOX_JWT_SECRET = 'sandbox-jwt-secret';

/** The key an algorithm is checked with: the shared secret for HS*, a public key otherwise. */
export type JwsKeyFor = (alg: string) => Uint8Array | KeyObject | undefined;

export type JwsCheck =
  | { valid: true; header: Record<string, unknown>; payload: Record<string, unknown> }
  | { valid: false; code: string; message: string };

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Checks a compact JWS with node:crypto alone (RFC 7515 §5.2, RFC 7518 §3), so that it is
 * independent of jose, which signs in Reqlab. `alg: none` and unknown algorithms are refused.
 */
export function verifyJws(token: string, keyFor: JwsKeyFor): JwsCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { valid: false, code: 'malformed', message: `A JWT has three parts separated by dots; this one has ${parts.length}.` };
  const [h, p, s] = parts as [string, string, string];
  const header = decodePart(h);
  const payload = decodePart(p);
  if (!header || !payload) return { valid: false, code: 'malformed', message: 'The header or payload is not base64url-encoded JSON.' };
  const alg = String(header.alg ?? '');
  const m = /^(HS|RS|PS|ES)(256|384|512)$/.exec(alg);
  if (!m) return { valid: false, code: 'unsupported_alg', message: `The algorithm "${alg}" is not accepted (alg none never is).` };
  const family = m[1] as 'HS' | 'RS' | 'PS' | 'ES';
  const bits = m[2]!;
  const input = Buffer.from(`${h}.${p}`, 'ascii');
  const signature = Buffer.from(s, 'base64url');
  const hash = `sha${bits}`;
  const key = keyFor(alg);
  if (!key) return { valid: false, code: 'no_key', message: `No key to check ${alg} with.` };
  let ok: boolean;
  if (family === 'HS') {
    const expected = createHmac(hash, key as Uint8Array).update(input).digest();
    ok = expected.length === signature.length && timingSafeEqual(expected, signature);
  } else {
    const k = key as KeyObject;
    ok = verify(hash, input, family === 'ES' ? { key: k, dsaEncoding: 'ieee-p1363' } : family === 'PS' ? { key: k, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(bits) / 8 } : k, signature);
  }
  if (!ok) return { valid: false, code: 'bad_signature', message: `The ${alg} signature does not match: the token was changed, or signed with another key.` };
  return { valid: true, header, payload };
}

interface DemoKeys {
  publicKeys: { rsa: KeyObject; ES256: KeyObject; ES384: KeyObject; ES512: KeyObject };
  privatePem: { rsa: string; ES256: string; ES384: string; ES512: string };
}
let demo: DemoKeys | undefined;

/** Made on first use, for this server's life: keys to try RS/PS/ES with, never for real use. */
function demoKeys(): DemoKeys {
  if (demo) return demo;
  const pem = { type: 'pkcs8', format: 'pem' } as const;
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = (namedCurve: string) => generateKeyPairSync('ec', { namedCurve });
  const [e256, e384, e512] = [ec('P-256'), ec('P-384'), ec('P-521')];
  demo = {
    publicKeys: { rsa: createPublicKey(rsa.privateKey), ES256: e256.publicKey, ES384: e384.publicKey, ES512: e512.publicKey },
    privatePem: {
      rsa: rsa.privateKey.export(pem) as string,
      ES256: e256.privateKey.export(pem) as string,
      ES384: e384.privateKey.export(pem) as string,
      ES512: e512.privateKey.export(pem) as string,
    },
  };
  return demo;
}

/** The token from `Authorization: Bearer …` or the `token` query param. */
function tokenOf(req: Req, rawQuery: string): string {
  return bearerToken(req) ?? new URLSearchParams(rawQuery).get('token') ?? '';
}

/**
 * `/sandbox/jwt/keys` gives demo private keys; any other `/sandbox/jwt/…` answers 200 with the
 * claims to a JWT signed with the sandbox's secret (HS*) or a demo key (RS/PS/ES), and 401 as
 * RFC 6750 §3 asks otherwise. `exp` and `nbf` are checked when present.
 */
export function handleJwt(req: Req, res: Res, rawQuery: string, second: string | undefined, now = Date.now()): void {
  req.resume();
  if (second === 'keys') {
    const { privatePem } = demoKeys();
    return sendJson(res, 200, { note: 'Demo keys made when this server started. Never use them for anything real.', secret: SANDBOX_JWT_SECRET, privateKeys: { 'RS*/PS*': privatePem.rsa, ...privatePem } });
  }
  const refuse = (code: string, message: string) =>
    sendJson(res, 401, { authenticated: false, code, message, secret: SANDBOX_JWT_SECRET, keys: '/sandbox/jwt/keys' }, { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${message.replace(/"/g, "'")}"` });
  const token = tokenOf(req, rawQuery);
  if (token === '') return refuse('missing', 'Send a JWT as Authorization: Bearer <token> or ?token=<token>.');
  // HS* needs no key pair, so the demo keys are made only for a token that needs one.
  const check = verifyJws(token, (alg) => (alg.startsWith('HS') ? Buffer.from(SANDBOX_JWT_SECRET) : demoKeys().publicKeys[alg.startsWith('ES') ? (alg as 'ES256') : 'rsa']));
  if (!check.valid) return refuse(check.code, check.message);
  const seconds = now / 1000;
  const { exp, nbf } = check.payload;
  if (typeof exp === 'number' && seconds >= exp) return refuse('expired', `The token expired at ${new Date(exp * 1000).toISOString()} (exp).`);
  if (typeof nbf === 'number' && seconds < nbf) return refuse('not_yet_valid', `The token is not valid before ${new Date(nbf * 1000).toISOString()} (nbf).`);
  sendJson(res, 200, { authenticated: true, alg: check.header.alg, header: check.header, claims: check.payload });
}
