import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSandboxHandler, type SandboxHandler, type SandboxOptions } from './index';

export interface SandboxServer {
  base: string;
  port: number;
  handler: SandboxHandler;
  /** Server-side sockets, to observe what the sandbox wrote. */
  sockets: Socket[];
  /** Every request as the server received it, when started with `record` (the oracle's witness). */
  received: ReceivedRequest[];
  close: () => Promise<void>;
}

export interface ReceivedRequest {
  method: string;
  /** The request target: path and query, as sent. */
  target: string;
  rawHeaders: [string, string][];
  body: Buffer;
}

/** A real HTTP server on 127.0.0.1 with the sandbox mounted; other paths answer 418 "next". */
export async function startSandboxServer(options?: SandboxOptions, test: { record?: boolean } = {}): Promise<SandboxServer> {
  const handler = createSandboxHandler(options);
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    if (test.record) {
      const chunks: Buffer[] = [];
      const rawHeaders: [string, string][] = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) rawHeaders.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      const entry: ReceivedRequest = { method: req.method ?? '', target: req.url ?? '', rawHeaders, body: Buffer.alloc(0) };
      received.push(entry);
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => (entry.body = Buffer.concat(chunks)));
    }
    return handler(req, res, () => {
      res.statusCode = 418;
      res.end('next');
    });
  });
  const sockets: Socket[] = [];
  server.on('connection', (socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    handler,
    sockets,
    received,
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
