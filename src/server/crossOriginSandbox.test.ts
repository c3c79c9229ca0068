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
