import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './startServer';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ port: 0, distDir: null });
});
afterAll(() => running.close());

describe('the sandbox at a second, cross-origin address', () => {
  it('is announced by GET /sandbox and shares the labs with the first address', async () => {
    const index = (await (await fetch(`${running.url}sandbox`)).json()) as { crossOrigin?: string };
    expect(index.crossOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(index.crossOrigin).not.toBe(running.url.replace(/\/$/, ''));
    expect(index.crossOrigin).toBe(running.crossOrigin);
    const lab = 'cross-origin-lab';
    const created = await fetch(`${index.crossOrigin}/sandbox/lab/${lab}/books`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: running.url.replace(/\/$/, '') },
      body: '{"title":"Kindred","author":"Octavia E. Butler"}',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe('*');
    const log = (await (await fetch(`${running.url}sandbox/lab/${lab}/log`)).json()) as { entries: { method: string; headers: Record<string, string> }[] };
    expect(log.entries.map((entry) => entry.method)).toEqual(['POST']);
    expect(log.entries[0]!.headers.origin).toBe(running.url.replace(/\/$/, ''));
  });

  it('serves nothing but the sandbox: no app, no relay', async () => {
    const cross = running.crossOrigin!;
    expect((await fetch(`${cross}/`)).status).toBe(404);
    expect((await fetch(`${cross}/__reqlab/relay`, { method: 'POST' })).status).toBe(404);
  });
});

describe('the cross-origin port', () => {
  it('is the one after the app when free, and any free one when not', async () => {
    const app = await startServer({ port: 0, distDir: null });
    try {
      expect(app.crossOrigin).toBe(`http://127.0.0.1:${app.port + 1}`);
      const blocked = await startServer({ port: app.port + 1 === 65535 ? 0 : app.port - 1, distDir: null }).catch(() => null);
      if (blocked) {
        // Its preferred port (app.port) is taken by the first server.
        expect(blocked.crossOrigin).not.toBe(`http://127.0.0.1:${blocked.port + 1}`);
        expect(blocked.crossOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        await blocked.close();
      }
    } finally {
      await app.close();
    }
  });
});
