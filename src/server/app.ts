import type { IncomingMessage, ServerResponse } from 'node:http';
import { RELAY_PATH } from '../core/relay/protocol.ts';
import { createRelayHandler } from './relay/relayHandler.ts';
import type { OwnAddress } from './relay/guards';
import { resolveLimits, type RelayLimits } from './relay/limits.ts';
import type { AdmissionLimits } from './relay/admission';
import { createSandboxHandler, type SandboxHandler } from './sandbox/index.ts';
import type { RemoteAccess } from './remoteAccess.ts';
import { createStaticHandler, type NextFn } from './staticFiles.ts';

export interface ReqlabMiddlewareOptions {
  /** The per-process secret the page must send to use the relay. */
  token: string;
  /** Where the server listens (read on every call: the port is known only after listen). */
  getOwnAddress: () => OwnAddress | null;
  /** Extra Host header values to accept, exact match. */
  allowedHosts?: string[];
  limits?: Partial<RelayLimits>;
  /** How many relay calls, and how many buffered bytes, at once. */
  admission?: AdmissionLimits;
  /** Set when the server is open to other machines (`--allow-remote`): login and target policy. */
  remote?: RemoteAccess;
  /** Serve the built app from here (with the token injected into index.html). */
  distDir?: string;
}

export type ReqlabMiddleware = ((req: IncomingMessage, res: ServerResponse, next: NextFn) => void) & {
  /** The sandbox alone, for its second (cross-origin) listener: one set of labs behind both addresses. */
  sandbox: SandboxHandler;
};

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/** Sandbox, relay and (optionally) the built app, as one connect-style middleware. */
export function createReqlabMiddleware(opts: ReqlabMiddlewareOptions): ReqlabMiddleware {
  const relay = createRelayHandler({ ...opts, ...(opts.remote ? { publicTargetsOnly: opts.remote.publicTargetsOnly } : {}) });
  const sandbox = createSandboxHandler();
  const statics = opts.distDir ? createStaticHandler(opts.distDir, opts.token, resolveLimits(opts.limits).maxRequestBodyBytes) : null;

  const middleware = function reqlabMiddleware(req: IncomingMessage, res: ServerResponse, next: NextFn) {
    const path = pathOf(req);
    const fail = (err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Internal error: ${(err as Error)?.message ?? String(err)}`);
      } else res.destroy();
    };
    if (opts.remote?.gate(req, res, path)) return;
    if (path === RELAY_PATH) {
      relay(req, res).catch(fail);
      return;
    }
    if (path === '/sandbox' || path.startsWith('/sandbox/')) {
      sandbox(req, res, next);
      return;
    }
    if (statics) {
      statics(req, res, next).catch(fail);
      return;
    }
    next();
  };
  return Object.assign(middleware, { sandbox });
}
