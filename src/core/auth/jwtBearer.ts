/**
 * JWT bearer: a JSON Web Token (RFC 7519) signed as a JWS (RFC 7515) by jose, which uses the
 * platform's WebCrypto, so the same code signs in the page, the Worker and Node. Loaded only when
 * a request uses it. The payload's `{{variables}}` are resolved before this runs.
 */
import { importPKCS8, SignJWT, type JWTPayload } from 'jose';
import { base64ToBytes, utf8Encode } from '../encoding';
import type { Auth } from '../model';
import { PrepareError } from '../prepare/PrepareError';

export type JwtAuth = Extract<Auth, { type: 'jwt' }>;

function jsonObject(text: string, field: string, what: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PrepareError(field, `The JWT ${what} is not JSON: ${(e as Error).message}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PrepareError(field, `The JWT ${what} must be a JSON object ({ … }), not ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}.`);
  }
  return value as Record<string, unknown>;
}

async function signingKey(auth: JwtAuth): Promise<Uint8Array | CryptoKey> {
  if (auth.algorithm.startsWith('HS')) {
    if (auth.secret === '') throw new PrepareError('auth.secret', `JWT ${auth.algorithm} needs a secret.`);
    if (!auth.secretBase64) return utf8Encode(auth.secret);
    try {
      return base64ToBytes(auth.secret.trim());
    } catch {
      throw new PrepareError('auth.secret', 'The JWT secret is marked base64 encoded, but it is not base64.');
    }
  }
  const pem = auth.privateKey.trim();
  if (pem === '') throw new PrepareError('auth.privateKey', `JWT ${auth.algorithm} needs a private key (PEM, -----BEGIN PRIVATE KEY-----).`);
  try {
    return await importPKCS8(pem, auth.algorithm);
  } catch (e) {
    const kind = auth.algorithm.startsWith('ES') ? `an EC key on the curve ${auth.algorithm} uses` : 'an RSA key';
    throw new PrepareError(
      'auth.privateKey',
      `The JWT private key can't be used for ${auth.algorithm}: it must be ${kind}, in PKCS #8 PEM (-----BEGIN PRIVATE KEY-----). ${(e as Error).message}`,
    );
  }
}

/** The signed token (header.payload.signature) and its `exp`, if any. Errors name the field to fix. */
export async function signJwt(auth: JwtAuth): Promise<{ token: string; expiresAt?: number }> {
  const payload = jsonObject(auth.payload, 'auth.payload', 'payload');
  const header = jsonObject(auth.header, 'auth.header', 'header');
  const key = await signingKey(auth);
  if (typeof globalThis.crypto?.subtle === 'undefined') {
    throw new PrepareError('auth', 'JWT signing needs WebCrypto, which this page lacks: open Reqlab on http://localhost or https.');
  }
  const token = await new SignJWT(payload as JWTPayload).setProtectedHeader({ typ: 'JWT', ...header, alg: auth.algorithm }).sign(key);
  return typeof payload.exp === 'number' ? { token, expiresAt: payload.exp } : { token };
}
