import { describe, expect, it } from 'vitest';
import { readBody } from './readBody';

function streamOf(...chunks: number[][]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(new Uint8Array(c));
      controller.close();
    },
  });
}

describe('readBody', () => {
  it('joins chunks of a body of unknown length, and reports progress per chunk', async () => {
    const seen: number[] = [];
    const body = await readBody(streamOf([1, 2], [3], [4, 5, 6]), undefined, (n) => seen.push(n));
    expect([...body]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(seen).toEqual([2, 3, 6]);
  });

  it('fills a buffer of the declared length in place', async () => {
    const body = await readBody(streamOf([1, 2], [3, 4]), 4);
    expect([...body]).toEqual([1, 2, 3, 4]);
    expect(body.buffer.byteLength).toBe(4);
  });

  it('keeps every byte when the body is longer or shorter than declared', async () => {
    expect([...(await readBody(streamOf([1, 2], [3, 4, 5]), 3))]).toEqual([1, 2, 3, 4, 5]);
    expect([...(await readBody(streamOf([1, 2]), 5))]).toEqual([1, 2]);
    expect([...(await readBody(streamOf(), undefined))]).toEqual([]);
  });
});

describe('readBody with a hostile Content-Length', () => {
  it('does not reserve a buffer of the declared size when it is absurd', async () => {
    const body = await readBody(streamOf([7]), 50 * 1024 ** 3);
    expect([...body]).toEqual([7]);
    expect(body.buffer.byteLength).toBe(1);
  });
});
