/**
 * Akamai EdgeGrid (EG1-HMAC-SHA256) request signing, as Akamai's client libraries do it: a signing
 * key HMAC'd from the client secret and the time, then an HMAC of the method, scheme, host, path and
 * query, the headers the API asks to be signed, a hash of a POST body (cut to the size limit) and
 * the unsigned header itself. Checked byte for byte against `akamai-edgegrid` in the tests.
 */
import type { EdgeGridAuth } from '../model';
import { PrepareError } from '../prepare/PrepareError';
import { uuidV4 } from '../variables/dynamic';
import { digestBase64, hmacBase64, type RequestSigningInput } from './webCrypto';

/** Akamai's default limit on the part of a POST body that is hashed. */
export const EDGEGRID_MAX_BODY = 131072;

const pad = (n: number) => String(n).padStart(2, '0');

/** `yyyyMMddTHH:mm:ss+0000`, the only form Akamai accepts. */
export function edgeGridTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+0000`;
}

/** The names in "Headers to sign" (comma or space separated), in order. */
export function headersToSignOf(auth: EdgeGridAuth): string[] {
  return (auth.headersToSign ?? '').split(/[\s,]+/).filter((name) => name !== '');
}

export async function edgeGridSign(auth: EdgeGridAuth, input: RequestSigningInput): Promise<{ header: string; timestamp: string }> {
  for (const [field, label] of [['clientToken', 'client token'], ['accessToken', 'access token'], ['clientSecret', 'client secret']] as const) {
    if (auth[field].trim() === '') throw new PrepareError(`auth.${field}`, `Akamai EdgeGrid needs the ${label} from your .edgerc file or API client.`);
  }
  const url = new URL(input.url);
  const timestamp = auth.timestamp?.trim() || edgeGridTimestamp(input.now);
  // A version 4 UUID, as Akamai's libraries use for the nonce.
  const nonce = auth.nonce?.trim() || uuidV4(input.random);
  const unsigned = `EG1-HMAC-SHA256 client_token=${auth.clientToken};access_token=${auth.accessToken};timestamp=${timestamp};nonce=${nonce};`;

  const signedHeaders = headersToSignOf(auth).flatMap((name) => {
    const header = input.headers.find((h) => h.name.toLowerCase() === name.toLowerCase());
    return header ? [`${name.toLowerCase()}:${header.value.trim().replace(/\s+/g, ' ')}`] : [];
  });
  const maxBody = auth.maxBodySize ?? EDGEGRID_MAX_BODY;
  const body = input.body ?? new Uint8Array(0);
  const contentHash = input.method.toUpperCase() === 'POST' && body.length > 0 ? await digestBase64('Akamai EdgeGrid', 'SHA-256', body.subarray(0, maxBody)) : '';
  const data = [input.method.toUpperCase(), url.protocol.replace(':', ''), url.host, url.pathname + url.search, signedHeaders.join('\t'), contentHash, unsigned].join('\t');
  const signingKey = await hmacBase64('Akamai EdgeGrid', 'SHA-256', auth.clientSecret, timestamp);
  const signature = await hmacBase64('Akamai EdgeGrid', 'SHA-256', signingKey, data);
  return { header: `${unsigned}signature=${signature}`, timestamp };
}
