import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReqlabMiddleware } from './app.ts';
import type { RelayLimits } from './relay/limits';
import type { AdmissionLimits } from './relay/admission';
import { createRemoteAccess, type RemoteAccess, type RemoteAccessOptions } from './remoteAccess.ts';
import { listenCrossOriginSandbox, type CrossOriginSandbox } from './crossOriginSandbox.ts';
import { isLoopbackHost } from './cliArgs.ts';
import { HEADERS_TIMEOUT_MS, UPLOAD_TOTAL_MS, watchIdleUpload } from './idleUpload.ts';

export interface StartServerOptions {
  /** 0 picks a free port. Default 5178. */
  port?: number;
  /** Default 127.0.0.1: the relay must not be reachable from the network unless asked. */
  host?: string;
  /** The built app; default the repository's dist/. null serves only the relay and the sandbox. */
  distDir?: string | null;
  /** Defaults to a fresh random secret. */
  token?: string;
  limits?: Partial<RelayLimits>;
  allowedHosts?: string[];
  admission?: AdmissionLimits;
  /** Open to other machines: a one-time login link and, unless allowed, public targets only. */
  remote?: RemoteAccessOptions;
  /** A body that sends nothing this long is ended with 408 (default IDLE_UPLOAD_MS). */
  idleUploadMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  token: string;
  server: http.Server;
  /** When open to other machines: the one-time login link's path. */
  remote?: RemoteAccess;
  /** The sandbox's second, cross-origin address (loopback servers only). */
  crossOrigin?: string;
  close: () => Promise<void>;
}

export const DEFAULT_DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');

export const newRelayToken = () => randomBytes(32).toString('base64url');

const urlHost = (host: string) =>
  host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

export function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? newRelayToken();
  let own: { host: string; port: number } | null = null;
  const remote = options.remote ? createRemoteAccess(options.remote) : undefined;
  const middleware = createReqlabMiddleware({
    token,
    getOwnAddress: () => own,
    limits: options.limits,
    admission: options.admission,
    ...(remote ? { remote } : {}),
    allowedHosts: options.allowedHosts,
    distDir: options.distDir === undefined ? DEFAULT_DIST_DIR : (options.distDir ?? undefined),
  });
  const server = http.createServer((req, res) => {
    watchIdleUpload(req, res, options.idleUploadMs);
    middleware(req, res, (err?: unknown) => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(err ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(err ? 'Internal error' : 'Not found');
    });
  });
  // requestTimeout covers receiving the request only (a response may stream for longer);
  // an upload that stalls is ended sooner by watchIdleUpload.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = UPLOAD_TOTAL_MS;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5178, host, async () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      own = { host, port: address.port };
      const url = `http://${urlHost(host)}:${address.port}/`;
      let cross: CrossOriginSandbox | undefined;
      if (!remote && isLoopbackHost(host)) {
        cross = await listenCrossOriginSandbox(middleware.sandbox, urlHost(host), address.port + 1).catch(() => undefined);
      }
      resolve({
        ...(cross ? { crossOrigin: cross.origin } : {}),
        url,
        port: address.port,
        host,
        token,
        server,
        ...(remote ? { remote } : {}),
        close: () =>
          Promise.all([
            new Promise<void>((done) => {
              server.close(() => done());
              server.closeAllConnections();
            }),
            cross?.close(),
          ]).then(() => undefined),
      });
    });
  });
}
