import http from 'node:http';
import { crc32, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startSandboxServer, type SandboxServer } from './testServer';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer({ maxBytes: 3_000_000, maxDelayMs: 2000 });
});
afterAll(() => sandbox.close());

const MB = 1024 * 1024;

describe('/sandbox/bytes/<n>', () => {
  it('sends n random bytes as application/octet-stream', async () => {
    const first = await rawRequest(sandbox.port, { path: '/sandbox/bytes/200000' });
    const second = await rawRequest(sandbox.port, { path: '/sandbox/bytes/200000' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/octet-stream');
    expect(first.headers['content-length']).toBe('200000');
    expect(first.body.length).toBe(200000);
    expect(first.body.equals(second.body)).toBe(false);
    expect(new Set(first.body).size).toBeGreaterThan(200);
  });

  it('repeats the same bytes for the same ?seed', async () => {
    const a = await rawRequest(sandbox.port, { path: '/sandbox/bytes/5000?seed=7' });
    const b = await rawRequest(sandbox.port, { path: '/sandbox/bytes/5000?seed=7' });
    const c = await rawRequest(sandbox.port, { path: '/sandbox/bytes/5000?seed=8' });
    expect(a.body.equals(b.body)).toBe(true);
    expect(a.body.equals(c.body)).toBe(false);
  });

  it('caps n at maxBytes and says so; zero and bad input are handled', async () => {
    const capped = await rawRequest(sandbox.port, { path: '/sandbox/bytes/999999999' });
    expect(capped.body.length).toBe(3_000_000);
    expect(capped.headers['x-sandbox-capped-at']).toBe('3000000');
    expect((await rawRequest(sandbox.port, { path: '/sandbox/bytes/0' })).body.length).toBe(0);
    expect((await rawRequest(sandbox.port, { path: '/sandbox/bytes/lots' })).status).toBe(400);
    expect((await rawRequest(sandbox.port, { path: '/sandbox/bytes/5?seed=x' })).status).toBe(400);
  });
});

describe('/sandbox/json?mb=<n>', () => {
  it('streams a JSON array of about n MB of realistic records', async () => {
    const response = await fetch(`${sandbox.base}/sandbox/json?mb=2`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBeNull();
    const text = await response.text();
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(2 * MB);
    expect(Buffer.byteLength(text)).toBeLessThan(2 * MB + 4096);
    const records = JSON.parse(text) as { id: number; uuid: string; email: string; address: { city: string } }[];
    expect(records.length).toBeGreaterThan(1000);
    expect(records.map((r) => r.id)).toEqual(records.map((_, i) => i + 1));
    expect(new Set(records.map((r) => r.uuid)).size).toBe(records.length);
    expect(records[0]).toMatchObject({
      uuid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/),
      name: expect.any(String),
      email: expect.stringMatching(/^[a-z.-]+1@example\.com$/),
      active: expect.any(Boolean),
      balance: expect.any(Number),
      tags: expect.any(Array),
      address: { street: expect.any(String), city: expect.any(String), country: expect.any(String) },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('answers mb=0 with an empty array and a bad mb with 400', async () => {
    expect(await (await fetch(`${sandbox.base}/sandbox/json?mb=0`)).json()).toEqual([]);
    expect(await (await fetch(`${sandbox.base}/sandbox/json?mb=0.01`)).json()).toEqual(expect.any(Array));
    expect((await fetch(`${sandbox.base}/sandbox/json?mb=-1`)).status).toBe(400);
    expect((await fetch(`${sandbox.base}/sandbox/json?mb=many`)).status).toBe(400);
    expect((await fetch(`${sandbox.base}/sandbox/json?mb=5000`)).status).toBe(400);
  });

  it('streams 250 MB completely, one record per line', { timeout: 120_000 }, async () => {
    let size = 0;
    let lines = 0;
    let head = '';
    let tail = Buffer.alloc(0);
    await new Promise<void>((resolve, reject) => {
      http
        .get(`${sandbox.base}/sandbox/json?mb=250`, (res) => {
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (head.length < 200) head += chunk.subarray(0, 200).toString('utf8');
            for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
            tail = Buffer.concat([tail, chunk]).subarray(-2000);
          });
          res.on('end', resolve);
          res.on('error', reject);
        })
        .on('error', reject);
    });
    expect(size).toBeGreaterThanOrEqual(250 * MB);
    expect(size).toBeLessThan(250 * MB + 4096);
    expect(head.startsWith('[\n{"id":1,')).toBe(true);
    const tailLines = tail.toString('utf8').split('\n');
    expect(tailLines.slice(-2)).toEqual([']', '']);
    const lastRecord = JSON.parse(tailLines.at(-3)!) as { id: number };
    // Lines: "[" + one per record + "]" (each ends with a newline).
    expect(lastRecord.id).toBe(lines - 2);
  });

  it('waits for a slow reader instead of buffering (backpressure)', async () => {
    const bytesWritten = await new Promise<number>((resolve, reject) => {
      const request = http.get(`${sandbox.base}/sandbox/json?mb=250`, { agent: false }, (res) => {
        res.once('data', () => {
          res.pause();
          setTimeout(() => {
            // The server's end of this connection is the socket whose remote port is our local port.
            const socket = sandbox.sockets.find((s) => s.remotePort === request.socket?.localPort);
            resolve(socket ? socket.bytesWritten : -1);
            request.destroy();
          }, 500);
        });
      });
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
    });
    expect(bytesWritten).toBeGreaterThan(0);
    expect(bytesWritten).toBeLessThan(32 * MB);
    // The abandoned stream must not break the server.
    expect((await fetch(`${sandbox.base}/sandbox/json?mb=0`)).status).toBe(200);
  });
});

describe('/sandbox/drip', () => {
  it('sends the bytes slowly, in several pieces, with a Content-Length', async () => {
    const pieces: number[] = [];
    const started = Date.now();
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      http
        .get(`${sandbox.base}/sandbox/drip?bytes=40&duration=400`, (res) => {
          res.on('data', (chunk: Buffer) => {
            expect(chunk.toString()).toMatch(/^\*+$/);
            pieces.push(chunk.length);
          });
          res.on('end', () => resolve(res.headers));
          res.on('error', reject);
        })
        .on('error', reject);
    });
    expect(headers['content-length']).toBe('40');
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(40);
    expect(pieces.length).toBeGreaterThan(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('handles zero bytes, a capped duration and bad input', async () => {
    const empty = await rawRequest(sandbox.port, { path: '/sandbox/drip?bytes=0&duration=10' });
    expect(empty.status).toBe(200);
    expect(empty.body.length).toBe(0);
    const defaults = await rawRequest(sandbox.port, { path: '/sandbox/drip?duration=0' });
    expect(defaults.body.toString()).toBe('**********');
    expect((await rawRequest(sandbox.port, { path: '/sandbox/drip?bytes=abc' })).status).toBe(400);
  });
});

describe('/sandbox/image', () => {
  it('is a valid PNG: signature, chunk CRCs, IHDR and pixel data of the right size', async () => {
    const response = await rawRequest(sandbox.port, { path: '/sandbox/image' });
    expect(response.headers['content-type']).toBe('image/png');
    const png = response.body;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const chunks: { type: string; data: Buffer }[] = [];
    for (let offset = 8; offset < png.length; ) {
      const length = png.readUInt32BE(offset);
      const type = png.subarray(offset + 4, offset + 8).toString('latin1');
      const data = png.subarray(offset + 8, offset + 8 + length);
      expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)) >>> 0);
      chunks.push({ type, data });
      offset += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = chunks[0]!.data;
    const width = ihdr.readUInt32BE(0);
    const height = ihdr.readUInt32BE(4);
    expect([ihdr[8], ihdr[9]]).toEqual([8, 2]);
    const pixels = inflateSync(chunks[1]!.data);
    expect(pixels.length).toBe(height * (1 + width * 3));
  });
});
