import type { PreparedHeader, PreparedRequest, StoredCookie, StoredPreparedRequest } from '../model';
import type { RelayRequest } from '../relay/protocol';
import { bytesToBase64, utf8DecodeStrict } from '../encoding';

/**
 * The head of the relay call for a prepared request; the body bytes travel after it, never inside it.
 * `cookies` is the jar, when the request uses it.
 */
export function preparedToRelayRequest(prepared: PreparedRequest, opts: { cookies?: StoredCookie[] } = {}): RelayRequest {
  const relay: RelayRequest = {
    method: prepared.method,
    url: prepared.url,
    headers: prepared.headers.map((h) => [h.name, h.value]),
    timeoutMs: prepared.timeoutMs,
    followRedirects: prepared.followRedirects,
    maxRedirects: prepared.maxRedirects,
  };
  if (prepared.body && prepared.body.byteLength > 0) relay.bodySize = prepared.body.byteLength;
  if (prepared.digest) relay.digest = prepared.digest;
  if (prepared.ntlm) relay.ntlm = prepared.ntlm;
  if (opts.cookies) relay.cookies = opts.cookies;
  return relay;
}

/**
 * The form history keeps. Prepare with `secrets: 'placeholder'` first: this function stores
 * what it is given. Text bodies stay readable, binary ones go as base64.
 */
export function preparedToStored(prepared: PreparedRequest): StoredPreparedRequest {
  const stored: StoredPreparedRequest = {
    method: prepared.method,
    url: prepared.url,
    headers: prepared.headers.map((h) => ({ ...h })),
    bodySize: prepared.body?.length ?? 0,
  };
  if (prepared.body !== null) {
    const text = utf8DecodeStrict(prepared.body);
    if (text !== null) stored.bodyText = text;
    else stored.bodyBase64 = bytesToBase64(prepared.body);
  }
  return stored;
}

/**
 * Headers every HTTP/1.1 client adds on its own from the URL and the body (Host, Content-Length),
 * shown as `auto` next to the prepared ones. A user row with the same name replaces them.
 */
export function implicitHeaders(prepared: PreparedRequest): PreparedHeader[] {
  const out: PreparedHeader[] = [];
  const has = (name: string) => prepared.headers.some((h) => h.name.toLowerCase() === name);
  if (!has('host')) {
    try {
      out.push({ name: 'Host', value: new URL(prepared.url).host, source: 'auto' });
    } catch {
      // An unresolved {{host}} has no host yet; nothing to show.
    }
  }
  if (prepared.body !== null && !has('content-length')) {
    out.push({ name: 'Content-Length', value: String(prepared.body.length), source: 'auto' });
  }
  return out;
}
