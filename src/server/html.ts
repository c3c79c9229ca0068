import { RELAY_MAX_REQUEST_META, RELAY_TOKEN_META } from '../core/relay/protocol.ts';

const META_RE = new RegExp(`<meta\\s+name=["'](?:${RELAY_TOKEN_META}|${RELAY_MAX_REQUEST_META})["'][^>]*>\\s*`, 'gi');

/** Puts the relay token (and the relay's body limit) into index.html's <head>, replacing any stale ones. */
export function injectTokenMeta(html: string, token: string, maxRequestBytes?: number): string {
  const safe = token.replace(/[^A-Za-z0-9_-]/g, '');
  let meta = `<meta name="${RELAY_TOKEN_META}" content="${safe}">`;
  if (maxRequestBytes !== undefined) meta += `\n    <meta name="${RELAY_MAX_REQUEST_META}" content="${Math.floor(maxRequestBytes)}">`;
  const cleaned = html.replace(META_RE, '');
  const head = /<head(\s[^>]*)?>/i.exec(cleaned);
  if (head) {
    const at = head.index + head[0].length;
    return `${cleaned.slice(0, at)}\n    ${meta}${cleaned.slice(at)}`;
  }
  return `${meta}\n${cleaned}`;
}
