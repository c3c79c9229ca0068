import { bytesToBase64, utf8Encode } from '../encoding';
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
