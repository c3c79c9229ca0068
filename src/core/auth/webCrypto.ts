import { base64ToBytes, bytesToBase64, utf8Encode } from '../encoding';
import type { PreparedHeader } from '../model';
import { PrepareError } from '../prepare/PrepareError';

/** The signing schemes made in prepare use WebCrypto, so the same code runs in the page, the Worker and Node. */
export function subtle(scheme: string): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new PrepareError('auth', `${scheme} needs WebCrypto, which this page lacks: open Reqlab on http://localhost or https.`);
  return s;
}

/** Our bytes never sit on a SharedArrayBuffer; WebCrypto's types ask to be told so. */
export const plainBytes = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

export type DigestName = 'SHA-1' | 'SHA-256' | 'SHA-512';

export async function hmacBase64(scheme: string, hash: DigestName, key: string, text: string): Promise<string> {
  const k = await subtle(scheme).importKey('raw', plainBytes(utf8Encode(key)), { name: 'HMAC', hash }, false, ['sign']);
  return bytesToBase64(new Uint8Array(await subtle(scheme).sign('HMAC', k, plainBytes(utf8Encode(text)))));
}

export async function digestBase64(scheme: string, hash: DigestName, bytes: Uint8Array): Promise<string> {
  return bytesToBase64(new Uint8Array(await subtle(scheme).digest(hash, plainBytes(bytes))));
}

/**
 * RSASSA-PKCS1-v1_5 (RFC 8017 §8.2) over `text` with a PKCS #8 PEM private key. `field` names the
 * editor field a bad key is reported on.
 */
export async function rsaPkcs1Base64(scheme: string, hash: DigestName, pem: string, text: string, field: string): Promise<string> {
  const block = /-----BEGIN (PRIVATE KEY|RSA PRIVATE KEY)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (!block) {
    const found = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
    throw new PrepareError(field, `${scheme} needs the RSA private key in PEM (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)${found ? `; this is a ${found}` : ''}.`);
  }
  let key: CryptoKey;
  try {
    const der = base64ToBytes(block[2]!.replace(/\s+/g, ''));
    key = await subtle(scheme).importKey('pkcs8', plainBytes(block[1] === 'RSA PRIVATE KEY' ? pkcs1ToPkcs8(der) : der), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']);
  } catch (e) {
    throw new PrepareError(field, `${scheme}: the private key can't be used: it must be an RSA key in PKCS #8 PEM. ${(e as Error).message}`);
  }
  return bytesToBase64(new Uint8Array(await subtle(scheme).sign('RSASSA-PKCS1-v1_5', key, plainBytes(utf8Encode(text)))));
}

/** A DER length: short form below 128, else 0x80 + the count of the big-endian bytes that follow. */
function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return [0x80 | bytes.length, ...bytes];
}

/**
 * WebCrypto imports PKCS #8 only; `openssl genrsa` and many Postman collections hold PKCS #1. RFC 5208 §5:
 * PrivateKeyInfo = SEQUENCE { version 0, AlgorithmIdentifier { rsaEncryption, NULL }, OCTET STRING { the PKCS #1 key } }.
 */
function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array {
  const rsaEncryption = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];
  const octets = [0x04, ...derLength(pkcs1.length)];
  const inner = [0x02, 0x01, 0x00, ...rsaEncryption, ...octets];
  const head = [0x30, ...derLength(inner.length + pkcs1.length), ...inner];
  const out = new Uint8Array(head.length + pkcs1.length);
  out.set(head);
  out.set(pkcs1, head.length);
  return out;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A nonce from `random` (injectable, so tests can fix it). */
export function alphanumericNonce(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[Math.floor(random() * ALPHANUMERIC.length)];
  return out;
}

/** What a scheme that signs the finished request (Hawk, OAuth 1.0) is given by prepare. */
export interface RequestSigningInput {
  method: string;
  url: string;
  headers: readonly PreparedHeader[];
  body: Uint8Array | null;
  now: number;
  random: () => number;
}
