import { RELAY_TOKEN_META } from '../core/relay/protocol';

/** The per-process secret that Reqlab's server writes into the page it serves; absent elsewhere. */
export function readRelayToken(): string | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${RELAY_TOKEN_META}"]`);
  const token = meta?.content?.trim();
  return token ? token : null;
}
