import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSandboxHandler, type SandboxHandler, type SandboxOptions } from './index';

export interface SandboxServer {
  base: string;
  port: number;
  handler: SandboxHandler;
  /** Server-side sockets, to observe what the sandbox wrote. */
  sockets: Socket[];
  close: () => Promise<void>;
}

/** A real HTTP server on 127.0.0.1 with the sandbox mounted; other paths answer 418 "next". */
export async function startSandboxServer(options?: SandboxOptions): Promise<SandboxServer> {
  const handler = createSandboxHandler(options);
  const server = http.createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 418;
      res.end('next');
    }),
  );
  const sockets: Socket[] = [];
  server.on('connection', (socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    handler,
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

/** node:http request with exact control over method, header order and case, and no decoding. */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | string[]> | [string, string][]; body?: Buffer | string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = Array.isArray(options.headers) ? options.headers.flat() : options.headers;
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
