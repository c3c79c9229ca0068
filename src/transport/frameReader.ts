import { decodeFrame, tryDecodeFrameHead, type RelayHead, type RelayTrailer } from '../core/relay/protocol';

const INITIAL_CAPACITY = 64 * 1024;
/** Room kept after an announced body for the trailer (timing, truncation, an error): a few hundred bytes in practice. */
const TRAILER_ROOM = 64 * 1024;
/** An announced size above this is not trusted for one allocation (a lying Content-Length must not allocate GBs). */
const MAX_ANNOUNCED = 1024 * 1024 * 1024;
/** Below this a finished frame is copied to an exact-size buffer; above, the spare capacity is cheaper than the copy. */
const COMPACT_BELOW = 8 * 1024 * 1024;
/** Each push moves at least this much of the old buffer into the next one (besides MOVE_FACTOR × the chunk). */
const MIGRATE_STEP = 256 * 1024;
/**
 * The move to a bigger buffer starts when this full and moves MOVE_FACTOR bytes per byte received:
 * the gap shrinks by (factor − 1) per byte while the free room shrinks by 1, so it closes in time
 * when START_MOVE_AT / (MOVE_FACTOR − 1) ≤ 1 − START_MOVE_AT. Starting late wastes less when the body
 * ends soon after (the partly filled bigger buffer is dropped).
 */
const START_MOVE_AT = 0.75;
const MOVE_FACTOR = 5;

/**
 * Collects a relay frame as it streams in, into one contiguous buffer, without ever copying much at
 * once: a 50 MB frame concatenated (or a buffer doubled) in one go blocked the page for 170 ms+.
 *
 * - Each chunk is copied once, into `buf`.
 * - Once `buf` is 3/4 full, a buffer twice its size is allocated (untouched memory is cheap) and the
 *   bytes already received move into it a few hundred KB per push, while new chunks still land in
 *   `buf`. Moving 5× what arrives, the move ends before `buf` fills; then the bigger buffer takes over.
 * - When the body size is announced (Content-Length without Content-Encoding), the next buffer is the
 *   whole frame.
 * `finish` hands out views of the buffer: no copy of the whole frame at the end.
 */
export class FrameReader {
  private buf: Uint8Array;
  private length = 0;
  /** The bigger buffer being filled from `buf`, and how much of `buf` it already holds. */
  private next: Uint8Array | null = null;
  private moved = 0;
  private announcedBody: number | undefined;
  head: RelayHead | null = null;
  bodyOffset = 0;
  /** Bytes copied from an old buffer into a bigger one in a single step, at most (for tests: stays small). */
  largestCopy = 0;

  constructor(initialCapacity = INITIAL_CAPACITY) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity));
  }

  push(chunk: Uint8Array): void {
    if (this.length + chunk.byteLength > this.buf.byteLength) this.switchBuffer(this.length + chunk.byteLength);
    this.buf.set(chunk, this.length);
    this.length += chunk.byteLength;
    this.moveSome(MOVE_FACTOR * chunk.byteLength);
    if (!this.head) {
      const start = tryDecodeFrameHead(this.buf.subarray(0, this.length));
      if (start) {
        this.head = start.head;
        this.bodyOffset = start.bodyOffset;
      }
    }
  }

  /** The body's size when known in advance: the next buffer is sized for the whole frame. */
  expectBodySize(bytes: number): void {
    if (Number.isSafeInteger(bytes) && bytes >= 0 && bytes <= MAX_ANNOUNCED) this.announcedBody = bytes;
  }

  /**
   * The whole frame is here, though the stream has not said so yet: the body had its announced
   * size and a whole trailer follows it. Reading on until the stream's end costs the page one
   * more read, a task or two later. A body of another size (cut by the relay) waits for the end.
   */
  get complete(): boolean {
    if (!this.head || this.announcedBody === undefined) return false;
    const trailerAt = this.bodyOffset + this.announcedBody;
    if (this.length < trailerAt + 4) return false;
    const trailerLength = new DataView(this.buf.buffer, this.buf.byteOffset + this.length - 4, 4).getUint32(0);
    return trailerAt + trailerLength + 4 === this.length;
  }

  /** Bytes of body (and trailer) received so far. */
  get bodyBytesSoFar(): number {
    return this.head ? this.length - this.bodyOffset : 0;
  }

  /** Bytes held by the current buffer, spare capacity included (for tests and diagnostics). */
  get capacity(): number {
    return this.buf.byteLength;
  }

  /** A copy of the first `max` body bytes received so far (the trailer may be among them until `finish`). */
  firstBodyBytes(max: number): Uint8Array {
    if (!this.head) return new Uint8Array(0);
    return this.buf.slice(this.bodyOffset, Math.min(this.length, this.bodyOffset + max));
  }

  finish(): { head: RelayHead; body: Uint8Array; trailer: RelayTrailer } {
    // `buf` always holds everything received; a partly filled `next` is simply dropped.
    this.next = null;
    let bytes = this.buf.subarray(0, this.length);
    if (this.length < COMPACT_BELOW && this.buf.byteLength > this.length) bytes = bytes.slice();
    return decodeFrame(bytes);
  }

  /** The size of the buffer after `buf`: twice as big, or the whole announced frame. */
  private nextCapacity(atLeast: number): number {
    let capacity = Math.max(atLeast, this.buf.byteLength * 2);
    if (this.head && this.announcedBody !== undefined) {
      const whole = this.bodyOffset + this.announcedBody + TRAILER_ROOM;
      if (whole >= atLeast) capacity = whole;
    }
    return capacity;
  }

  /** Starts the move to a bigger buffer once `buf` is 3/4 full (or at once when the whole frame's size is known). */
  private moveSome(budget: number): void {
    if (!this.next) {
      const whole = this.head && this.announcedBody !== undefined ? this.bodyOffset + this.announcedBody + TRAILER_ROOM : undefined;
      // The whole announced frame fits: nothing to move (a longer body than announced still grows in switchBuffer).
      if (whole !== undefined && whole <= this.buf.byteLength) return;
      if (whole === undefined && this.length < this.buf.byteLength * START_MOVE_AT) return;
      if (this.buf.byteLength <= MIGRATE_STEP) return; // small: switchBuffer copies it in one cheap step
      try {
        this.next = new Uint8Array(this.nextCapacity(this.buf.byteLength + 1));
      } catch {
        return; // out of memory for the ideal size: switchBuffer tries smaller steps when it must
      }
      this.moved = 0;
    }
    const to = Math.min(this.length, this.moved + Math.max(budget, MIGRATE_STEP));
    this.copy(this.moved, to);
    this.moved = to;
  }

  /** `buf` is full: take the bigger buffer, finishing the move if needed (only small or unusual cases copy much here). */
  private switchBuffer(needed: number): void {
    let next = this.next;
    if (!next || next.byteLength < needed) {
      next = allocate([this.nextCapacity(needed), Math.max(needed, Math.floor(this.buf.byteLength * 1.25)), needed]);
      this.moved = 0;
    }
    this.next = next;
    this.copy(this.moved, this.length);
    this.buf = next;
    this.next = null;
    this.moved = 0;
  }

  private copy(from: number, to: number): void {
    if (to <= from || !this.next) return;
    this.next.set(this.buf.subarray(from, to), from);
    this.largestCopy = Math.max(this.largestCopy, to - from);
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
