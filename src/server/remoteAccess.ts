import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Clients on this machine (loopback) are trusted as before; everyone else must log in. */
export const isLoopbackClient = (address: string | undefined): boolean =>
  !!address && (address === '::1' || /^(::ffff:)?127\./.test(address));

export interface RemoteAccessOptions {
  /** Decides which clients are on this machine (tests widen "remote" to 127.0.0.2). */
  isTrustedClient?: (address: string | undefined) => boolean;
  /** Let logged-in remote clients reach loopback and private addresses through the relay. */
  allowPrivateTargets?: boolean;
}

const COOKIE = 'reqlab_session';

function same(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function page(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = `<!doctype html><meta charset="utf-8"><title>Reqlab</title><p>${text}</p>`;
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

/**
 * Reqlab opened to other machines (`--allow-remote`): the page and its relay go only to a browser
 * that opened the one-time login link printed in the terminal. The link sets an HttpOnly,
 * SameSite=Strict session cookie; no secret has to live in a page that another site could frame.
 */
export function createRemoteAccess(options: RemoteAccessOptions = {}) {
  const trusted = options.isTrustedClient ?? isLoopbackClient;
  let loginKey: string | null = randomBytes(24).toString('base64url');
  const sessions = new Set<string>();

  const hasSession = (req: IncomingMessage) => {
    const value = cookieValue(req, COOKIE);
    return !!value && [...sessions].some((s) => same(s, value));
  };

  return {
    /** Path and query of the one-time link (null once used). */
    loginPath: () => (loginKey ? `/login?key=${loginKey}` : null),
    isRemote: (req: IncomingMessage) => !trusted(req.socket.remoteAddress),
    /** Relay calls from another machine may not reach this machine's network, unless allowed. */
    publicTargetsOnly: (req: IncomingMessage) => !trusted(req.socket.remoteAddress) && !options.allowPrivateTargets,
    /** Handles /login, and answers a remote client without a session; false lets the request through. */
    gate(req: IncomingMessage, res: ServerResponse, path: string): boolean {
      if (path === '/login') {
        const key = new URL(req.url ?? '/', 'http://x').searchParams.get('key') ?? '';
        if (!loginKey || !same(key, loginKey)) {
          page(res, 403, 'This login link is wrong or was already used. Each link works once: restart Reqlab for a new one.');
          return true;
        }
        loginKey = null;
        const session = randomBytes(32).toString('base64url');
        sessions.add(session);
        res.writeHead(303, { Location: '/', 'Set-Cookie': `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`, 'Cache-Control': 'no-store' });
        res.end();
        return true;
      }
      if (trusted(req.socket.remoteAddress) || hasSession(req)) return false;
      req.resume();
      page(res, 401, 'This Reqlab is open to other machines, so it asks who you are: open the login link printed in the terminal where it was started.');
      return true;
    },
  };
}

export type RemoteAccess = ReturnType<typeof createRemoteAccess>;
