import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALL_MAGIC, encodeFrameHead, encodeFrameTrailer, RELAY_PATH, RELAY_TOKEN_HEADER, type RelayRequest } from '../core/relay/protocol';
import type { FileRef, PreparedRequest } from '../core/model';
import { RelaySender } from './RelaySender';
import { SendError } from './sender';

const prepared: PreparedRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:9/anything',
  headers: [{ name: 'Content-Type', value: 'text/plain', source: 'auto' }],
  body: new TextEncoder().encode('hi'),
  bodyDescription: { mode: 'raw', text: 'hi' },
  timeoutMs: 0,
  followRedirects: true,
  maxRedirects: 10,
  unresolved: [],
};

function streamOf(...parts: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const p of parts) controller.enqueue(p);
      controller.close();
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

/** Splits a relay call as the server does: magic, head length, head JSON, body. */
async function readCall(blob: Blob): Promise<{ head: RelayRequest; body: Uint8Array }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe(CALL_MAGIC);
  const length = new DataView(bytes.buffer).getUint32(8);
  return { head: JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as RelayRequest, body: bytes.subarray(12 + length) };
}

function answeredOk(): Response {
  const head = encodeFrameHead({ status: 204, statusText: 'No Content', httpVersion: 'HTTP/1.1', url: prepared.url, headers: [], redirects: [] });
  const trailer = encodeFrameTrailer({ truncated: false, bodySize: 0, wireSize: 0, timing: { startedAt: 1, total: 1 } });
  return new Response(streamOf(head, trailer), { status: 200 });
}

describe('RelaySender', () => {
  it('posts the prepared request with the token and builds a response record', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      seen = { url, init };
      const head = encodeFrameHead({
        status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', url: prepared.url,
        headers: [['content-length', '3']], redirects: [],
      });
      const trailer = encodeFrameTrailer({ truncated: false, bodySize: 3, wireSize: 3, timing: { startedAt: 5, total: 7, ttfb: 3 } });
      return new Response(streamOf(head.subarray(0, 5), head.subarray(5), new Uint8Array([1, 2, 3]), trailer), { status: 200 });
    });
    const progress: number[] = [];
    const record = await new RelaySender(() => 'secret').send(prepared, new AbortController().signal, (p) => progress.push(p.loaded));
    expect(seen?.url).toBe(RELAY_PATH);
    expect((seen?.init.headers as Record<string, string>)[RELAY_TOKEN_HEADER]).toBe('secret');
    const call = await readCall(seen!.init.body as Blob);
    expect(call.head.bodySize).toBe(2);
    expect(new TextDecoder().decode(call.body)).toBe('hi');
    expect(call.head.headers).toEqual([['Content-Type', 'text/plain']]);
    expect(record.status).toBe(200);
    expect([...record.body]).toEqual([1, 2, 3]);
    expect(record.timing.ttfb).toBe(3);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('sends a binary body from the picked File itself, not from a copy, after the call head', async () => {
    let body: Blob | undefined;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      body = init.body as Blob;
      return answeredOk();
    });
    const file: FileRef = { id: 'f1', name: 'photo.bin', type: 'application/octet-stream', size: 3 };
    const onDisk = new Blob([new Uint8Array([7, 8, 9])]);
    const binary: PreparedRequest = { ...prepared, body: new Uint8Array([1, 2, 3]), bodyDescription: { mode: 'binary', file } };
    await new RelaySender(() => 'secret', () => null, (ref) => (ref.id === 'f1' ? onDisk : undefined)).send(binary, new AbortController().signal);
    const call = await readCall(body!);
    expect(call.head.bodySize).toBe(3);
    expect([...call.body]).toEqual([7, 8, 9]);
  });

  it('reports the head and the first body bytes while the body still streams, copying them only while they grow', async () => {
    const body = new TextEncoder().encode('[\n{"id":1},\n{"id":2}\n]');
    vi.stubGlobal('fetch', async () => {
      const head = encodeFrameHead({
        status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', url: prepared.url,
        headers: [['content-type', 'application/json']], redirects: [],
      });
      const trailer = encodeFrameTrailer({ truncated: false, bodySize: body.length, wireSize: body.length, timing: { startedAt: 5, total: 7 } });
      return new Response(streamOf(head, body.subarray(0, 12), body.subarray(12), trailer), { status: 200 });
    });
    const seen: { loaded: number; status?: number; first?: string; same: boolean }[] = [];
    let last: unknown;
    await new RelaySender(() => 'secret').send(prepared, new AbortController().signal, (p) => {
      seen.push({ loaded: p.loaded, status: p.partial?.status, first: p.partial && new TextDecoder().decode(p.partial.firstBytes), same: p.partial === last });
      last = p.partial;
    });
    // Head alone: status known, no body yet.
    expect(seen[0]).toEqual({ loaded: 0, status: 200, first: '', same: false });
    expect(seen[1]).toEqual({ loaded: 12, status: 200, first: '[\n{"id":1},\n', same: false });
    expect(seen[2]?.first).toBe(new TextDecoder().decode(body));
  });

  it('turns a head error into a SendError with the relay code', async () => {
    vi.stubGlobal('fetch', async () => {
      const head = encodeFrameHead({
        error: { code: 'REFUSED', message: 'Nothing listens there.' },
        status: 0, statusText: '', httpVersion: '', url: prepared.url, headers: [], redirects: [],
      });
      return new Response(streamOf(head), { status: 200 });
    });
    const err = await new RelaySender(() => 'secret').send(prepared, new AbortController().signal).catch((e) => e);
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).error.code).toBe('REFUSED');
  });

  it('maps a 403 refusal and a network failure', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(JSON.stringify({ error: { code: 'RELAY_REFUSED', message: 'Foreign origin.' } }), { status: 403 }),
    );
    const refused = await new RelaySender(() => 'x').send(prepared, new AbortController().signal).catch((e) => e);
    expect((refused as SendError).error).toEqual({ code: 'RELAY_REFUSED', message: 'Foreign origin.' });

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const down = await new RelaySender(() => 'x').send(prepared, new AbortController().signal).catch((e) => e);
    expect((down as SendError).error.code).toBe('RELAY_UNAVAILABLE');
  });

  it('keeps a body cut at the cap as a truncated response', async () => {
    vi.stubGlobal('fetch', async () => {
      const head = encodeFrameHead({ status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', url: prepared.url, headers: [], redirects: [] });
      const trailer = encodeFrameTrailer({
        error: { code: 'TOO_LARGE', message: 'cut' }, truncated: true, bodySize: 10, wireSize: 10, timing: { startedAt: 0, total: 1 },
      });
      return new Response(streamOf(head, new Uint8Array([9, 9]), trailer), { status: 200 });
    });
    const record = await new RelaySender(() => 'x').send(prepared, new AbortController().signal);
    expect(record.truncated).toBe(true);
    expect(record.bodySize).toBe(10);
    expect(record.body.length).toBe(2);
  });
});
