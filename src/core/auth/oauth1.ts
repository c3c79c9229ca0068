/**
 * OAuth 1.0a request signing (RFC 5849 §3): the signature base string of the finished request
 * (method, base URI, and every query, body-form and oauth_* parameter, sorted), signed with HMAC
 * or RSA (RSASSA-PKCS1-v1_5, §3.4.3) in WebCrypto. Checked against RFC 5849's own example, Python's
 * oauthlib, and (RSA) node-oauth1, Postman runtime's signer, in the tests; the sandbox checks with oauth-sign.
 */
import type { OAuth1Auth, PreparedHeader } from '../model';
import { PrepareError } from '../prepare/PrepareError';
import { utf8Decode } from '../encoding';
import { alphanumericNonce, digestBase64, hmacBase64, rsaPkcs1Base64, type DigestName, type RequestSigningInput } from './webCrypto';

export type OAuth1SigningInput = RequestSigningInput;

const HASH: Record<Exclude<OAuth1Auth['signatureMethod'], 'PLAINTEXT'>, DigestName> = {
  'HMAC-SHA1': 'SHA-1', 'HMAC-SHA256': 'SHA-256', 'HMAC-SHA512': 'SHA-512', 'RSA-SHA1': 'SHA-1', 'RSA-SHA256': 'SHA-256', 'RSA-SHA512': 'SHA-512',
};

/** RFC 5849 §3.6: everything but the unreserved characters, in upper-case hex. */
export function oauthEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** §3.4.1.2: scheme and host in lower case, the port only when it is not the scheme's default, no query. */
function baseUri(url: URL): string {
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname}`;
}

function isForm(headers: readonly PreparedHeader[]): boolean {
  const type = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  return type.split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

export interface OAuth1Signed {
  /** The Authorization header, when the parameters go there. */
  header?: string;
  /** The oauth_* parameters to add to the query, encoded, when they go there. */
  query?: string;
  timestamp: string;
}

export async function oauth1Sign(auth: OAuth1Auth, input: OAuth1SigningInput): Promise<OAuth1Signed> {
  if (auth.consumerKey.trim() === '') throw new PrepareError('auth.consumerKey', 'OAuth 1.0 needs the consumer key the service gave you.');
  const url = new URL(input.url);
  const timestamp = auth.timestamp?.trim() || String(Math.floor(input.now / 1000));
  const nonce = auth.nonce?.trim() || alphanumericNonce(input.random, 16);
  const oauth: [string, string][] = [
    ['oauth_consumer_key', auth.consumerKey],
    ['oauth_nonce', nonce],
    ['oauth_signature_method', auth.signatureMethod],
    ['oauth_timestamp', timestamp],
  ];
  if (auth.token !== '' || auth.includeEmpty) oauth.push(['oauth_token', auth.token]);
  if (auth.version) oauth.push(['oauth_version', '1.0']);
  if (auth.callback) oauth.push(['oauth_callback', auth.callback]);
  if (auth.verifier) oauth.push(['oauth_verifier', auth.verifier]);
  const form = isForm(input.headers);
  if (auth.includeBodyHash && !form && auth.signatureMethod !== 'PLAINTEXT') {
    oauth.push(['oauth_body_hash', await digestBase64('OAuth 1.0', HASH[auth.signatureMethod], input.body ?? new Uint8Array(0))]);
  }

  const key = `${oauthEncode(auth.consumerSecret)}&${oauthEncode(auth.tokenSecret)}`;
  let signature = key;
  if (auth.signatureMethod !== 'PLAINTEXT') {
    const params: [string, string][] = [...new URLSearchParams(url.search), ...oauth];
    if (form && input.body) params.push(...new URLSearchParams(utf8Decode(input.body)));
    const normalized = params
      .map(([k, v]) => [oauthEncode(k), oauthEncode(v)] as const)
      .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const base = [input.method.toUpperCase(), oauthEncode(baseUri(url)), oauthEncode(normalized)].join('&');
    const method = auth.signatureMethod;
    signature = method.startsWith('RSA-')
      ? await rsaPkcs1Base64(`OAuth 1.0 ${method}`, HASH[method], auth.privateKey ?? '', base, 'auth.privateKey')
      : await hmacBase64('OAuth 1.0', HASH[method], key, base);
  }
  oauth.push(['oauth_signature', signature]);

  if (auth.in === 'query') return { query: oauth.map(([k, v]) => `${oauthEncode(k)}=${oauthEncode(v)}`).join('&'), timestamp };
  const fields = [...(auth.realm ? [['realm', auth.realm] as [string, string]] : []), ...oauth].map(([k, v]) => `${k}="${oauthEncode(v)}"`);
  return { header: `OAuth ${fields.join(', ')}`, timestamp };
}
