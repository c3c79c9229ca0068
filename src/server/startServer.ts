import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReqlabMiddleware } from './app.ts';
import type { RelayLimits } from './relay/limits';

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
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  token: string;
  server: http.Server;
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
  const middleware = createReqlabMiddleware({
    token,
    getOwnAddress: () => own,
    limits: options.limits,
    allowedHosts: options.allowedHosts,
    distDir: options.distDir === undefined ? DEFAULT_DIST_DIR : (options.distDir ?? undefined),
  });
  const server = http.createServer((req, res) => {
    middleware(req, res, (err?: unknown) => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(err ? 500 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(err ? 'Internal error' : 'Not found');
    });
  });
  // Large responses stream for minutes; Node's default request timeout would cut them.
  server.requestTimeout = 0;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5178, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      own = { host, port: address.port };
      const url = `http://${urlHost(host)}:${address.port}/`;
      resolve({
        url,
        port: address.port,
        host,
        token,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
