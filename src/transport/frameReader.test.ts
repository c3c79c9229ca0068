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
});
