import { decodeFrame, tryDecodeFrameHead, type RelayHead, type RelayTrailer } from '../core/relay/protocol';

/**
 * Collects a relay frame as it streams in: the head is decoded as soon as it is complete
 * (so the status could show early), the rest is concatenated once at the end.
 */
export class FrameReader {
  private chunks: (Uint8Array | undefined)[] = [];
  private length = 0;
  head: RelayHead | null = null;
  bodyOffset = 0;

  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.byteLength;
    if (!this.head) {
      const start = tryDecodeFrameHead(this.chunks.length === 1 ? chunk : this.concat(false));
      if (start) {
        this.head = start.head;
        this.bodyOffset = start.bodyOffset;
      }
    }
  }

  /** Bytes of body (and trailer) received so far. */
  get bodyBytesSoFar(): number {
    return this.head ? this.length - this.bodyOffset : 0;
  }

  finish(): { head: RelayHead; body: Uint8Array; trailer: RelayTrailer } {
    return decodeFrame(this.concat(true));
  }

  /** With `release`, each chunk is dropped as soon as it is copied, so a 200 MB body is not held twice for long. */
  private concat(release: boolean): Uint8Array {
    if (this.chunks.length === 1 && this.chunks[0]) return this.chunks[0];
    const out = new Uint8Array(this.length);
    let at = 0;
    for (let i = 0; i < this.chunks.length; i++) {
      const c = this.chunks[i];
      if (!c) continue;
      out.set(c, at);
      at += c.byteLength;
      if (release) this.chunks[i] = undefined;
    }
    if (release) this.chunks = [out];
    else if (this.chunks.length > 1) this.chunks = [out];
    return out;
  }
}
