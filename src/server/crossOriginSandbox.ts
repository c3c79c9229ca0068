import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxHandler } from './sandbox/index.ts';

export interface CrossOriginSandbox {
  origin: string;
  close: () => Promise<void>;
}

/**
 * The sandbox, and nothing else, on a second loopback port: another origin, so a page can meet CORS
 * (a blocked read, a preflight) against the same labs without editing host names. Loopback only: on
 * an address open to other machines the learner's browser could not reach it as 127.0.0.1 anyway.
 */
export async function listenCrossOriginSandbox(sandbox: SandboxHandler, host = '127.0.0.1', preferredPort = 0): Promise<CrossOriginSandbox> {
  // The port after the app's when it is free, so saved requests that use it keep working across restarts.
  if (preferredPort > 0) {
    try {
      return await listenOn(sandbox, host, preferredPort);
    } catch {
      // taken: any free port will do
    }
  }
  return listenOn(sandbox, host, 0);
}

function listenOn(sandbox: SandboxHandler, host: string, port: number): Promise<CrossOriginSandbox> {
  const server = http.createServer((req, res) =>
    sandbox(req, res, () => {
      req.resume();
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('This address serves only the sandbox, at /sandbox/….');
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = (server.address() as AddressInfo).port;
      const origin = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
      sandbox.setCrossOrigin(origin);
      resolve({
        origin,
        close: () =>
          new Promise<void>((done) => {
            sandbox.setCrossOrigin(undefined);
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
