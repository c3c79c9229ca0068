import { RELAY_TOKEN_META } from '../core/relay/protocol.ts';

const META_RE = new RegExp(`<meta\\s+name=["']${RELAY_TOKEN_META}["'][^>]*>\\s*`, 'gi');

/** Puts the relay token into index.html's <head>, replacing any stale one. */
export function injectTokenMeta(html: string, token: string): string {
  const safe = token.replace(/[^A-Za-z0-9_-]/g, '');
  const meta = `<meta name="${RELAY_TOKEN_META}" content="${safe}">`;
  const cleaned = html.replace(META_RE, '');
  const head = /<head(\s[^>]*)?>/i.exec(cleaned);
  if (head) {
    const at = head.index + head[0].length;
    return `${cleaned.slice(0, at)}\n    ${meta}${cleaned.slice(at)}`;
  }
  return `${meta}\n${cleaned}`;
}
