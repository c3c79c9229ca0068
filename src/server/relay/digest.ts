import { createHash, randomBytes } from 'node:crypto';

/** RFC 7616 Digest: MD5, MD5-sess, SHA-256, SHA-256-sess; qop=auth or the legacy RFC 2069 form. */
export interface DigestChallenge {
  realm: string;
  nonce: string;
  qop?: string;
  opaque?: string;
  algorithm: string;
}

const SUPPORTED = new Set(['MD5', 'MD5-SESS', 'SHA-256', 'SHA-256-SESS']);

function parseParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = m[1]!.toLowerCase();
    if (!(key in params)) params[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return params;
}

/** Finds the first Digest challenge we can answer among the WWW-Authenticate values. */
export function findDigestChallenge(wwwAuthenticate: string[]): DigestChallenge | null {
  for (const value of wwwAuthenticate) {
    const at = value.search(/(^|[\s,])Digest\s/i);
    if (at < 0) continue;
    const rest = value.slice(at).replace(/^[\s,]*Digest\s+/i, '');
    const p = parseParams(rest);
    const algorithm = p.algorithm ?? 'MD5';
    if (p.nonce === undefined || !SUPPORTED.has(algorithm.toUpperCase())) continue;
    return { realm: p.realm ?? '', nonce: p.nonce, qop: p.qop, opaque: p.opaque, algorithm };
  }
  return null;
}

const hash = (algorithm: string, text: string) =>
  createHash(algorithm.toUpperCase().startsWith('SHA-256') ? 'sha256' : 'md5').update(text).digest('hex');

export function digestAuthorization(
  challenge: DigestChallenge,
  creds: { username: string; password: string },
  method: string,
  uri: string,
  cnonce = randomBytes(8).toString('hex'),
): string {
  const { algorithm, realm, nonce } = challenge;
  const nc = '00000001';
  const qops = (challenge.qop ?? '').split(',').map((q) => q.trim().toLowerCase());
  const qop = qops.includes('auth') ? 'auth' : undefined;
  let ha1 = hash(algorithm, `${creds.username}:${realm}:${creds.password}`);
  if (algorithm.toUpperCase().endsWith('-SESS')) ha1 = hash(algorithm, `${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(algorithm, `${method}:${uri}`);
  const response = qop
    ? hash(algorithm, `${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`)
    : hash(algorithm, `${ha1}:${nonce}:${ha2}`);
  const q = (s: string) => `"${s.replace(/(["\\])/g, '\\$1')}"`;
  const parts = [
    `username=${q(creds.username)}`,
    `realm=${q(realm)}`,
    `nonce=${q(nonce)}`,
    `uri=${q(uri)}`,
    `algorithm=${challenge.algorithm}`,
    `response=${q(response)}`,
  ];
  if (qop) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce=${q(cnonce)}`);
  if (challenge.opaque !== undefined) parts.push(`opaque=${q(challenge.opaque)}`);
  return `Digest ${parts.join(', ')}`;
}
