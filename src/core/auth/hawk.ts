/**
 * Hawk (github.com/mozilla/hawk, API.md "Protocol"): a MAC over a normalized string of the request,
 * made with WebCrypto's HMAC so the same code runs in the page, the Worker and Node. Hawk's own
 * client needs Node's crypto, so it can't run in the page; its server side checks ours in the tests.
 */
import { bytesToBase64, concatBytes, utf8Encode } from '../encoding';
import type { Auth, PreparedHeader } from '../model';
import { PrepareError } from '../prepare/PrepareError';

type HawkAuth = Extract<Auth, { type: 'hawk' }>;

export interface HawkSigningInput {
  method: string;
  url: string;
  headers: readonly PreparedHeader[];
  body: Uint8Array | null;
  now: number;
  random: () => number;
}

const DIGEST = { sha256: 'SHA-256', sha1: 'SHA-1' } as const;
const NONCE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new PrepareError('auth', 'Hawk needs WebCrypto, which this page lacks: open Reqlab on http://localhost or https.');
  return s;
}

/** Our bytes never sit on a SharedArrayBuffer; WebCrypto's types ask to be told so. */
const plain = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

async function hmacBase64(algorithm: HawkAuth['algorithm'], key: string, text: string): Promise<string> {
  const k = await subtle().importKey('raw', plain(utf8Encode(key)), { name: 'HMAC', hash: DIGEST[algorithm] }, false, ['sign']);
  return bytesToBase64(new Uint8Array(await subtle().sign('HMAC', k, plain(utf8Encode(text)))));
}

/** `hawk.1.payload\n<media type>\n<body>\n`, hashed: binds the body to the MAC. */
async function payloadHash(algorithm: HawkAuth['algorithm'], body: Uint8Array | null, contentType: string): Promise<string> {
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const bytes = concatBytes([utf8Encode(`hawk.1.payload\n${mediaType}\n`), body ?? new Uint8Array(0), utf8Encode('\n')]);
  return bytesToBase64(new Uint8Array(await subtle().digest(DIGEST[algorithm], plain(bytes))));
}

/** Hawk's header attribute values may not hold `"` or `\` (the server refuses them). */
function attribute(value: string, field: string, label: string): string {
  if (/["\\]/.test(value)) throw new PrepareError(field, `Hawk's ${label} can't contain " or \\.`);
  return value;
}

function freshNonce(random: () => number): string {
  let out = '';
  for (let i = 0; i < 6; i++) out += NONCE_ALPHABET[Math.floor(random() * NONCE_ALPHABET.length)];
  return out;
}

/** The `Authorization: Hawk …` header for the finished request, and its time. Errors name the field to fix. */
export async function hawkAuthorization(auth: HawkAuth, input: HawkSigningInput): Promise<{ header: string; ts: string }> {
  if (auth.authId.trim() === '') throw new PrepareError('auth.authId', 'Hawk needs the Hawk Auth ID the server gave you.');
  if (auth.authKey === '') throw new PrepareError('auth.authKey', 'Hawk needs the Hawk Auth Key: the MAC is made with it.');
  const url = new URL(input.url);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const ts = auth.timestamp?.trim() || String(Math.floor(input.now / 1000));
  if (!/^\d+$/.test(ts)) throw new PrepareError('auth.timestamp', `Hawk's timestamp must be whole seconds since 1970, not "${ts}".`);
  const nonce = attribute(auth.nonce?.trim() || freshNonce(input.random), 'auth.nonce', 'nonce');
  const ext = attribute(auth.extraData ?? '', 'auth.extraData', 'extra data');
  const app = attribute(auth.app ?? '', 'auth.app', 'app ID');
  const dlg = attribute(auth.delegation ?? '', 'auth.delegation', 'delegation');
  const contentType = input.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  const hash = auth.includePayloadHash ? await payloadHash(auth.algorithm, input.body, contentType) : '';
  const normalized =
    ['hawk.1.header', ts, nonce, input.method.toUpperCase(), url.pathname + url.search, url.hostname.toLowerCase(), port, hash, ext.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')].join('\n') +
    '\n' +
    (app ? `${app}\n${dlg}\n` : '');
  const mac = await hmacBase64(auth.algorithm, auth.authKey, normalized);
  const id = attribute(auth.authId, 'auth.authId', 'Auth ID');
  let header = `Hawk id="${id}", ts="${ts}", nonce="${nonce}"`;
  if (hash) header += `, hash="${hash}"`;
  if (ext) header += `, ext="${ext}"`;
  header += `, mac="${mac}"`;
  if (app) header += `, app="${app}"${dlg ? `, dlg="${dlg}"` : ''}`;
  return { header, ts };
}
