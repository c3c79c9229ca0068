import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { TLSSocket } from 'node:tls';
import { RELAY_TOKEN_HEADER } from '../../core/relay/protocol.ts';

/** The address the server listens on; null until it listens. */
export interface OwnAddress {
  host: string;
  port: number;
}

export interface RelayGuardOptions {
  token: string;
  getOwnAddress: () => OwnAddress | null;
  /** Extra Host values to accept (e.g. "reqlab.test:8080" behind a proxy), exact match. */
  allowedHosts?: string[];
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const bracket = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]' || host === '';

/** Host header values that name this server: its listen address, and the loopback aliases when local. */
export function ownHostValues(addr: OwnAddress, extra: string[] = []): Set<string> {
  const names = new Set<string>([bracket(addr.host.toLowerCase())]);
  if (isLoopback(addr.host) || isWildcard(addr.host)) LOOPBACK_NAMES.forEach((n) => names.add(n));
  if (isWildcard(addr.host)) {
    for (const list of Object.values(networkInterfaces())) {
      for (const info of list ?? []) names.add(bracket(info.address.toLowerCase()));
    }
  }
  names.delete('0.0.0.0');
  names.delete('[::]');
  const values = new Set<string>(extra.map((h) => h.toLowerCase()));
  for (const name of names) {
    values.add(`${name}:${addr.port}`);
    if (addr.port === 80) values.add(name);
  }
  return values;
}

function sameSecret(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison time says nothing about the secret.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/** Why this relay call is refused, or null when it comes from Reqlab's own page. */
export function relayRefusalReason(req: IncomingMessage, opts: RelayGuardOptions): string | null {
  const addr = opts.getOwnAddress();
  if (!addr) return 'The relay is not ready yet.';
  const host = (req.headers.host ?? '').toLowerCase();
  if (!ownHostValues(addr, opts.allowedHosts).has(host)) {
    return `The Host "${req.headers.host ?? ''}" is not this server's own address, so the call is refused (DNS rebinding protection).`;
  }
  const origin = req.headers.origin;
  const scheme = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  if (!origin) return 'The call has no Origin header; only Reqlab\'s own page may use the relay.';
  if (origin.toLowerCase() !== `${scheme}://${host}`) {
    return `The Origin "${origin}" is not Reqlab's own origin (${scheme}://${host}), so the call is refused.`;
  }
  const token = req.headers[RELAY_TOKEN_HEADER];
  if (typeof token !== 'string' || !sameSecret(token, opts.token)) {
    return 'The relay token is missing or wrong; reload Reqlab\'s page to get the current one.';
  }
  return null;
}
