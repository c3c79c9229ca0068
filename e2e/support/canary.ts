import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local server that plays the attacker: it serves what a test gives it and records every hit. */
export interface Canary {
  origin: string;
  hits: string[];
  /** Hits other than the pages the test asked to be fetched. */
  strayHits: () => string[];
  close: () => Promise<void>;
}

export async function startCanary(pages: Record<string, { type: string; body: string | ((origin: string) => string) }>): Promise<Canary> {
  const hits: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(path);
    const page = pages[path.split('?')[0]!];
    if (!page) {
      res.writeHead(200, { 'Content-Type': 'image/gif', 'Access-Control-Allow-Origin': '*' });
      res.end();
      return;
    }
    const body = typeof page.body === 'function' ? page.body(origin) : page.body;
    res.writeHead(200, { 'Content-Type': page.type, 'Access-Control-Allow-Origin': '*' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    strayHits: () => hits.filter((h) => !pages[h.split('?')[0]!]),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive sockets of the relay and the browser would hold close() open
      }),
  };
}
