import { decodeFrame, tryDecodeFrameHead, type RelayHead, type RelayTrailer } from '../core/relay/protocol';

const INITIAL_CAPACITY = 64 * 1024;
/** Room kept after an announced body for the trailer (timing, truncation, an error): a few hundred bytes in practice. */
const TRAILER_ROOM = 64 * 1024;
/** An announced size above this is not trusted for one allocation (a lying Content-Length must not allocate GBs). */
const MAX_ANNOUNCED = 1024 * 1024 * 1024;
/** Below this a finished frame is copied to an exact-size buffer; above, the spare capacity is cheaper than the copy. */
const COMPACT_BELOW = 8 * 1024 * 1024;

/**
 * Collects a relay frame as it streams in, into one growing buffer: each chunk is copied once as it
 * arrives, the buffer doubles when full (so re-copies are amortised and spread over the download),
 * and `finish` hands out views without copying the whole frame again in one long task.
 * The head is decoded as soon as it is complete, so the status and the first bytes can show early.
 */
export class FrameReader {
  private buf: Uint8Array;
  private length = 0;
  private announcedBody: number | undefined;
  head: RelayHead | null = null;
  bodyOffset = 0;
  /** How many times the buffer grew (copies of what was already received); for tests. */
  grows = 0;

  constructor(initialCapacity = INITIAL_CAPACITY) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity));
  }

  push(chunk: Uint8Array): void {
    this.reserve(this.length + chunk.byteLength);
    this.buf.set(chunk, this.length);
    this.length += chunk.byteLength;
    if (!this.head) {
      const start = tryDecodeFrameHead(this.buf.subarray(0, this.length));
      if (start) {
        this.head = start.head;
        this.bodyOffset = start.bodyOffset;
      }
    }
  }

  /**
   * The body's size when known in advance (Content-Length without Content-Encoding): the next time
   * the buffer grows it grows straight to the whole frame, instead of doubling its way there.
   */
  expectBodySize(bytes: number): void {
    if (Number.isSafeInteger(bytes) && bytes >= 0 && bytes <= MAX_ANNOUNCED) this.announcedBody = bytes;
  }

  /** Bytes of body (and trailer) received so far. */
  get bodyBytesSoFar(): number {
    return this.head ? this.length - this.bodyOffset : 0;
  }

  /** Bytes held, spare capacity included (for tests and diagnostics). */
  get capacity(): number {
    return this.buf.byteLength;
  }

  /** A copy of the first `max` body bytes received so far (the trailer may be among them until `finish`). */
  firstBodyBytes(max: number): Uint8Array {
    if (!this.head) return new Uint8Array(0);
    return this.buf.slice(this.bodyOffset, Math.min(this.length, this.bodyOffset + max));
  }

  finish(): { head: RelayHead; body: Uint8Array; trailer: RelayTrailer } {
    let bytes = this.buf.subarray(0, this.length);
    if (this.length < COMPACT_BELOW && this.buf.byteLength > this.length) bytes = bytes.slice();
    return decodeFrame(bytes);
  }

  private reserve(needed: number): void {
    if (needed <= this.buf.byteLength) return;
    let capacity = Math.max(needed, this.buf.byteLength * 2);
    if (this.head && this.announcedBody !== undefined) {
      const whole = this.bodyOffset + this.announcedBody + TRAILER_ROOM;
      if (whole >= needed) capacity = whole;
    }
    const next = allocate([capacity, Math.max(needed, Math.floor(this.buf.byteLength * 1.25)), needed]);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.grows++;
  }
}

/** The first size the tab can allocate: doubling past its limit falls back to smaller steps before failing. */
function allocate(sizes: number[]): Uint8Array {
  let error: unknown;
  for (const size of sizes) {
    try {
      return new Uint8Array(size);
    } catch (e) {
      error = e;
    }
  }
  throw error;
}
