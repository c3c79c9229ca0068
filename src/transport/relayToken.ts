import { DEFAULT_MAX_REQUEST_BODY_BYTES, RELAY_MAX_REQUEST_META, RELAY_TOKEN_META } from '../core/relay/protocol';

/** The per-process secret that Reqlab's server writes into the page it serves; absent elsewhere. */
export function readRelayToken(): string | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${RELAY_TOKEN_META}"]`);
  const token = meta?.content?.trim();
  return token ? token : null;
}

/** The largest body Reqlab sends: the relay's `--max-request-mb` when the page has a relay, else its default. */
export function readMaxRequestBytes(): number {
  if (typeof document === 'undefined') return DEFAULT_MAX_REQUEST_BODY_BYTES;
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${RELAY_MAX_REQUEST_META}"]`)?.content;
  const value = Number(content);
  return content && Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_REQUEST_BODY_BYTES;
}
