import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type UpstreamRoute = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;

export interface ReceivedRequest {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer;
}

export interface Upstream {
  origin: string;
  port: number;
  received: ReceivedRequest[];
  close: () => Promise<void>;
}

/** A small test server on 127.0.0.1 that records what reaches it; routes by path. */
export async function startUpstream(routes: Record<string, UpstreamRoute>): Promise<Upstream> {
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method ?? '', url: req.url ?? '', rawHeaders: req.rawHeaders, body });
      const path = (req.url ?? '/').split('?')[0]!;
      const route = routes[path];
      if (route) route(req, res, body);
      else {
        res.writeHead(404);
        res.end('no route');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    received,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** A port that nothing listens on (bound then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
