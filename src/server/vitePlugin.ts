import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createReqlabMiddleware } from './app.ts';
import { injectTokenMeta } from './html.ts';
import { newRelayToken } from './startServer.ts';

function addressOf(server: { address(): string | AddressInfo | null } | null | undefined) {
  const a = server?.address();
  return a && typeof a === 'object' ? { host: a.address, port: a.port } : null;
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
      server.middlewares.use(
        createReqlabMiddleware({ token, getOwnAddress: () => addressOf(server.httpServer) }),
      );
    },
    configurePreviewServer(server) {
      // Our static handler serves dist/ itself so that index.html carries the token.
      server.middlewares.use(
        createReqlabMiddleware({ token, getOwnAddress: () => addressOf(server.httpServer), distDir: outDir }),
      );
    },
    transformIndexHtml(html) {
      // Never bake a token into the build: the serving process injects its own.
      return isServe ? injectTokenMeta(html, token) : html;
    },
  };
}
