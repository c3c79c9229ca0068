import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

// Sync flush lets a cut or slightly broken stream still give what it has, as curl and browsers do.
const ZLIB_OPTS = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_OPTS = { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

/** "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: look at the first bytes. */
class InflateAuto extends Transform {
  private inner?: zlib.Inflate | zlib.InflateRaw;

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.inner) {
      const b0 = chunk[0] ?? 0;
      const b1 = chunk[1] ?? 0;
      const zlibWrapped = chunk.length >= 2 && (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
      this.inner = zlibWrapped ? zlib.createInflate(ZLIB_OPTS) : zlib.createInflateRaw(ZLIB_OPTS);
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (e) => this.destroy(e));
    }
    this.inner.write(chunk, () => cb());
  }

  override _flush(cb: TransformCallback): void {
    if (!this.inner) return cb();
    this.inner.once('end', () => cb());
    this.inner.end();
  }
}

function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(ZLIB_OPTS);
    case 'br':
      return zlib.createBrotliDecompress(BROTLI_OPTS);
    case 'deflate':
      return new InflateAuto();
    default:
      return null;
  }
}

/**
 * Decoders for a Content-Encoding list, in the order to apply them (the last coding applied
 * by the server is undone first). An unknown coding stops decoding: the rest stays as sent.
 */
export function decodersForContentEncoding(values: string[]): { decoders: Transform[]; codings: string[] } {
  const codings = values
    .flatMap((v) => v.split(','))
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  const decoders: Transform[] = [];
  for (const coding of [...codings].reverse()) {
    const d = decoderFor(coding);
    if (!d) break;
    decoders.push(d);
  }
  return { decoders, codings };
}
