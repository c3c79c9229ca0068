import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedRequest } from '../../core/model';
import { SendError } from '../../transport/sender';
import { closedPort, startUpstream, type Upstream } from '../testkit/upstream';
import { NodeSender } from './NodeSender';

let upstream: Upstream;
const blob = randomBytes(200_000);

beforeAll(async () => {
  upstream = await startUpstream({
    '/echo': (req, res, body) => {
      res.writeHead(200, [['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['Content-Type', 'application/json']]);
      res.end(JSON.stringify({ method: req.method, sha: createHash('sha256').update(body).digest('hex') }));
    },
    '/blob': (_req, res) => {
      res.writeHead(200, { 'Content-Length': String(blob.length) });
      res.end(blob);
    },
  });
});
afterAll(() => upstream.close());

function prepared(partial: Partial<PreparedRequest>): PreparedRequest {
  return {
    method: 'GET',
    url: `${upstream.origin}/echo`,
    headers: [],
    body: null,
    bodyDescription: { mode: 'none' },
    timeoutMs: 0,
    followRedirects: true,
    maxRedirects: 10,
    unresolved: [],
    ...partial,
  };
}

describe('NodeSender', () => {
  it('sends a prepared request and returns a full response record', async () => {
    const body = randomBytes(5000);
    const record = await new NodeSender().send(
      prepared({ method: 'PUT', body, headers: [{ name: 'Content-Type', value: 'application/octet-stream', source: 'user' }] }),
      new AbortController().signal,
    );
    expect(record.sender).toBe('relay');
    expect(record.status).toBe(200);
    expect(record.headers.filter(([n]) => n === 'Set-Cookie')).toEqual([['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]);
    const json = JSON.parse(Buffer.from(record.body).toString()) as { method: string; sha: string };
    expect(json).toEqual({ method: 'PUT', sha: createHash('sha256').update(body).digest('hex') });
    expect(record.sent?.bodySize).toBe(5000);
    expect(record.bodySize).toBe(record.body.length);
    expect(record.timing.total).toBeGreaterThan(0);
  });

  it('reports progress with the Content-Length total and returns the exact bytes', async () => {
    const seen: number[] = [];
    const record = await new NodeSender().send(prepared({ url: `${upstream.origin}/blob` }), new AbortController().signal, (p) => {
      seen.push(p.loaded);
      expect(p.total).toBe(blob.length);
    });
    expect(Buffer.from(record.body).equals(blob)).toBe(true);
    expect(seen.at(-1)).toBe(blob.length);
  });

  it('rejects with a SendError carrying the transport error', async () => {
    const port = await closedPort();
    const err = await new NodeSender().send(prepared({ url: `http://127.0.0.1:${port}/` }), new AbortController().signal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).error.code).toBe('REFUSED');
  });

  it('rejects with ABORTED when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await new NodeSender().send(prepared({}), controller.signal).catch((e: unknown) => e);
    expect((err as SendError).error.code).toBe('ABORTED');
  });
});
