import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createReqlabMiddleware } from './app.ts';
import { injectTokenMeta } from './html.ts';
import { newRelayToken } from './startServer.ts';
import { listenCrossOriginSandbox } from './crossOriginSandbox.ts';
import type { ReqlabMiddleware } from './app.ts';

function addressOf(server: { address(): string | AddressInfo | null } | null | undefined) {
  const a = server?.address();
  return a && typeof a === 'object' ? { host: a.address, port: a.port } : null;
}

/** The sandbox's second, cross-origin port, beside a loopback dev or preview server, closed with it. */
function withCrossOrigin(httpServer: { once(event: string, listener: () => void): unknown; address(): string | AddressInfo | null } | null | undefined, middleware: ReqlabMiddleware): void {
  httpServer?.once('listening', () => {
    const host = addressOf(httpServer)?.host;
    if (host !== '127.0.0.1' && host !== '::1' && host !== 'localhost') return;
    void listenCrossOriginSandbox(middleware.sandbox, host === '::1' ? '::1' : '127.0.0.1', (addressOf(httpServer)?.port ?? 0) + 1).then((cross) => httpServer.once('close', () => void cross.close()));
  });
}

/**
 * Mounts Reqlab's server middleware (relay + sandbox) in Vite dev and preview, so
 * the page works the same as under `npm start`. The own-origin check uses the port Vite
 * really listens on.
 */
export function reqlabServerPlugin(): Plugin {
  const token = newRelayToken();
  let isServe = false;
  let outDir = 'dist';

  return {
    name: 'reqlab-server',
    configResolved(config) {
      isServe = config.command === 'serve';
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      const middleware = createReqlabMiddleware({ token, getOwnAddress: () => addressOf(server.httpServer) });
      server.middlewares.use(middleware);
      withCrossOrigin(server.httpServer, middleware);
    },
    configurePreviewServer(server) {
      // Our static handler serves dist/ itself so that index.html carries the token.
      const middleware = createReqlabMiddleware({ token, getOwnAddress: () => addressOf(server.httpServer), distDir: outDir });
      server.middlewares.use(middleware);
      withCrossOrigin(server.httpServer, middleware);
    },
    transformIndexHtml(html) {
      // Never bake a token into the build: the serving process injects its own.
      return isServe ? injectTokenMeta(html, token) : html;
    },
  };
}
