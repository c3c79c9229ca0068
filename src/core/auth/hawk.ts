/**
 * Hawk (github.com/mozilla/hawk, API.md "Protocol"): a MAC over a normalized string of the request,
 * made with WebCrypto's HMAC so the same code runs in the page, the Worker and Node. Hawk's own
 * client needs Node's crypto, so it can't run in the page; its server side checks ours in the tests.
 */
import { concatBytes, utf8Encode } from '../encoding';
import type { Auth } from '../model';
import { PrepareError } from '../prepare/PrepareError';
import { alphanumericNonce, digestBase64, hmacBase64 , type RequestSigningInput } from './webCrypto';

type HawkAuth = Extract<Auth, { type: 'hawk' }>;

export type HawkSigningInput = RequestSigningInput;

const DIGEST = { sha256: 'SHA-256', sha1: 'SHA-1' } as const;

/** `hawk.1.payload\n<media type>\n<body>\n`, hashed: binds the body to the MAC. */
async function payloadHash(algorithm: HawkAuth['algorithm'], body: Uint8Array | null, contentType: string): Promise<string> {
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const bytes = concatBytes([utf8Encode(`hawk.1.payload\n${mediaType}\n`), body ?? new Uint8Array(0), utf8Encode('\n')]);
  return digestBase64('Hawk', DIGEST[algorithm], bytes);
}

/** Hawk's header attribute values may not hold `"` or `\` (the server refuses them). */
function attribute(value: string, field: string, label: string): string {
  if (/["\\]/.test(value)) throw new PrepareError(field, `Hawk's ${label} can't contain " or \\.`);
  return value;
}


/** The `Authorization: Hawk …` header for the finished request, and its time. Errors name the field to fix. */
export async function hawkAuthorization(auth: HawkAuth, input: HawkSigningInput): Promise<{ header: string; ts: string }> {
  if (auth.authId.trim() === '') throw new PrepareError('auth.authId', 'Hawk needs the Hawk Auth ID the server gave you.');
  if (auth.authKey === '') throw new PrepareError('auth.authKey', 'Hawk needs the Hawk Auth Key: the MAC is made with it.');
  const url = new URL(input.url);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const ts = auth.timestamp?.trim() || String(Math.floor(input.now / 1000));
  if (!/^\d+$/.test(ts)) throw new PrepareError('auth.timestamp', `Hawk's timestamp must be whole seconds since 1970, not "${ts}".`);
  const nonce = attribute(auth.nonce?.trim() || alphanumericNonce(input.random, 6), 'auth.nonce', 'nonce');
  const ext = attribute(auth.extraData ?? '', 'auth.extraData', 'extra data');
  const app = attribute(auth.app ?? '', 'auth.app', 'app ID');
  const dlg = attribute(auth.delegation ?? '', 'auth.delegation', 'delegation');
  const contentType = input.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  const hash = auth.includePayloadHash ? await payloadHash(auth.algorithm, input.body, contentType) : '';
  const normalized =
    ['hawk.1.header', ts, nonce, input.method.toUpperCase(), url.pathname + url.search, url.hostname.toLowerCase(), port, hash, ext.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')].join('\n') +
    '\n' +
    (app ? `${app}\n${dlg}\n` : '');
  const mac = await hmacBase64('Hawk', DIGEST[auth.algorithm], auth.authKey, normalized);
  const id = attribute(auth.authId, 'auth.authId', 'Auth ID');
  let header = `Hawk id="${id}", ts="${ts}", nonce="${nonce}"`;
  if (hash) header += `, hash="${hash}"`;
  if (ext) header += `, ext="${ext}"`;
  header += `, mac="${mac}"`;
  if (app) header += `, app="${app}"${dlg ? `, dlg="${dlg}"` : ''}`;
  return { header, ts };
}
