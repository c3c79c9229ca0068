import { describe, expect, it } from 'vitest';
import { encodeFrameHead, encodeFrameTrailer, type RelayHead, type RelayTrailer } from '../core/relay/protocol';
import { FrameReader } from './frameReader';

const head: RelayHead = {
  status: 201,
  statusText: 'Created',
  httpVersion: 'HTTP/1.1',
  url: 'http://127.0.0.1:1/x',
  headers: [['set-cookie', 'a=1'], ['set-cookie', 'b=2']],
  redirects: [],
};
const trailer: RelayTrailer = { truncated: false, bodySize: 4, wireSize: 4, timing: { startedAt: 1, total: 2 } };

function frame(body: Uint8Array): Uint8Array {
  const h = encodeFrameHead(head);
  const t = encodeFrameTrailer(trailer);
  const out = new Uint8Array(h.length + body.length + t.length);
  out.set(h, 0);
  out.set(body, h.length);
  out.set(t, h.length + body.length);
  return out;
}

describe('FrameReader', () => {
  it('knows the frame is whole once the announced body and a whole trailer are in, and not before', () => {
    const body = new Uint8Array([1, 2, 3, 4]);
    const bytes = frame(body);
    const reader = new FrameReader();
    const completeAt: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      reader.push(bytes.subarray(i, i + 1));
      if (reader.head && i === encodeFrameHead(head).length - 1) reader.expectBodySize(4);
      if (reader.complete) completeAt.push(i);
    }
    expect(completeAt).toEqual([bytes.length - 1]);
    expect([...reader.finish().body]).toEqual([1, 2, 3, 4]);
  });

  it('waits for the stream to end when no size was announced, or the body is not the announced size', () => {
    const unannounced = new FrameReader();
    unannounced.push(frame(new Uint8Array([1, 2, 3, 4])));
    expect(unannounced.complete).toBe(false);
    const cut = new FrameReader();
    const bytes = frame(new Uint8Array([1, 2]));
    cut.push(bytes.subarray(0, encodeFrameHead(head).length));
    cut.expectBodySize(4);
    cut.push(bytes.subarray(encodeFrameHead(head).length));
    expect(cut.complete).toBe(false);
  });

  it('decodes the head early and the whole frame from one-byte chunks', () => {
    const body = new Uint8Array([0, 255, 13, 10]);
    const bytes = frame(body);
    const reader = new FrameReader();
    let headSeenAt = -1;
    for (let i = 0; i < bytes.length; i++) {
      reader.push(bytes.subarray(i, i + 1));
      if (reader.head && headSeenAt < 0) headSeenAt = i;
    }
    expect(headSeenAt).toBe(encodeFrameHead(head).length - 1);
    const out = reader.finish();
    expect(out.head.headers).toEqual(head.headers);
    expect([...out.body]).toEqual([...body]);
    expect(out.trailer.bodySize).toBe(4);
  });

  it('handles a frame arriving in one chunk', () => {
    const reader = new FrameReader();
    reader.push(frame(new Uint8Array([1, 2, 3, 4])));
    expect(reader.head?.status).toBe(201);
    expect([...reader.finish().body]).toEqual([1, 2, 3, 4]);
  });

  it('grows without ever copying much at once: a large frame from small chunks, bytes intact', () => {
    const body = new Uint8Array(6 * 1024 * 1024 + 17).map((_, i) => (i * 31 + 7) & 255);
    const bytes = frame(body);
    const reader = new FrameReader(1024);
    for (let i = 0; i < bytes.length; i += 4093) reader.push(bytes.subarray(i, i + 4093));
    // Concatenating or doubling at once would copy megabytes in one step; moving along the way copies a few hundred KB.
    expect(reader.largestCopy).toBeLessThanOrEqual(256 * 1024);
    expect(reader.capacity).toBeLessThan(2 * bytes.length + 1024);
    const out = reader.finish();
    expect(out.body.length).toBe(body.length);
    expect(out.body.every((b, i) => b === body[i])).toBe(true);
    expect(out.trailer.bodySize).toBe(4);
  });

  it('keeps every byte when chunks of every size arrive, a move to a bigger buffer running or not', () => {
    const body = new Uint8Array(1_500_000).map((_, i) => (i * 7 + (i >> 8)) & 255);
    const bytes = frame(body);
    const reader = new FrameReader(16);
    let at = 0;
    for (let n = 1; at < bytes.length; n = (n * 5 + 3) % 300_000) {
      reader.push(bytes.subarray(at, at + n));
      at += n;
    }
    const out = reader.finish();
    expect(out.body.every((b, i) => b === body[i])).toBe(true);
  });

  it('goes straight to a buffer for the whole frame when the body size is announced', () => {
    const body = new Uint8Array(2 * 1024 * 1024).fill(42);
    const bytes = frame(body);
    const headLength = encodeFrameHead(head).length;
    const reader = new FrameReader(1024);
    reader.push(bytes.subarray(0, headLength));
    reader.expectBodySize(body.length);
    const capacities = new Set<number>();
    for (let i = headLength; i < bytes.length; i += 65_536) {
      reader.push(bytes.subarray(i, i + 65_536));
      capacities.add(reader.capacity);
    }
    expect([...capacities]).toHaveLength(1);
    expect(reader.capacity).toBeGreaterThanOrEqual(bytes.length);
    expect(reader.largestCopy).toBeLessThanOrEqual(headLength + 65_536);
    expect(reader.finish().body.every((b) => b === 42)).toBe(true);
  });

  it('does not allocate for an announced body that never comes (HEAD) nor trust an absurd size', () => {
    const reader = new FrameReader(1024);
    reader.expectBodySize(5 * 1024 * 1024 * 1024);
    reader.push(frame(new Uint8Array(0)));
    expect(reader.capacity).toBeLessThan(64 * 1024);
    expect(reader.finish().body.length).toBe(0);
  });

  it('gives the first body bytes while the frame still streams, as a copy', () => {
    const body = new TextEncoder().encode('[\n{"id":1},\n{"id":2}\n]');
    const bytes = frame(body);
    const headLength = encodeFrameHead(head).length;
    const reader = new FrameReader();
    expect(reader.firstBodyBytes(10).length).toBe(0);
    reader.push(bytes.subarray(0, headLength + 5));
    const first = reader.firstBodyBytes(1024);
    expect(new TextDecoder().decode(first)).toBe('[\n{"i');
    expect(new TextDecoder().decode(reader.firstBodyBytes(3))).toBe('[\n{');
    reader.push(bytes.subarray(headLength + 5));
    first[0] = 0;
    expect(new TextDecoder().decode(reader.finish().body)).toBe('[\n{"id":1},\n{"id":2}\n]');
  });

  it('hands out a small body in its own exact-size buffer (no spare capacity kept alive)', () => {
    const reader = new FrameReader();
    reader.push(frame(new Uint8Array([1, 2, 3])));
    const { body } = reader.finish();
    expect(body.buffer.byteLength).toBeLessThan(1024);
  });
});
