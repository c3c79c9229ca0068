/**
 * The header list the relay puts on the wire, built explicitly so that the "request as sent"
 * report is the truth: Node adds nothing we do not list (setHost: false, agent: false and our
 * own Connection header). `keepAlive`: the hop's socket is kept for the next message (NTLM's
 * handshake); otherwise each hop closes its own.
 */
const has = (headers: [string, string][], name: string) =>
  headers.some(([n]) => n.toLowerCase() === name);

export function hostHeaderFor(url: URL): string {
  // URL.host already drops the default port and keeps IPv6 brackets.
  return url.host;
}

export function buildOutgoingHeaders(
  headers: [string, string][],
  url: URL,
  bodySize: number | null,
  keepAlive = false,
): [string, string][] {
  const out: [string, string][] = [];
  if (!has(headers, 'host')) out.push(['Host', hostHeaderFor(url)]);
  out.push(...headers.map(([n, v]): [string, string] => [n, v]));
  if (!has(headers, 'user-agent')) out.push(['User-Agent', 'Reqlab/0.1']);
  if (!has(headers, 'accept')) out.push(['Accept', '*/*']);
  if (bodySize !== null && !has(headers, 'content-length') && !has(headers, 'transfer-encoding')) {
    out.push(['Content-Length', String(bodySize)]);
  }
  if (!has(headers, 'connection')) out.push(['Connection', keepAlive ? 'keep-alive' : 'close']);
  return out;
}

/** Headers that describe a body; dropped when a redirect turns the request into a body-less GET. */
const BODY_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
  'transfer-encoding',
]);
/** Credentials that must not follow a redirect to another origin (fetch drops Authorization; curl also Cookie). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

export function headersForRedirect(
  headers: [string, string][],
  opts: { dropBody: boolean; crossOrigin: boolean },
): [string, string][] {
  return headers.filter(([n]) => {
    const lower = n.toLowerCase();
    // Host is recomputed for the new URL.
    if (lower === 'host') return false;
    if (opts.dropBody && BODY_HEADERS.has(lower)) return false;
    if (opts.crossOrigin && CREDENTIAL_HEADERS.has(lower)) return false;
    return true;
  });
}
