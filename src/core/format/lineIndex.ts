/**
 * A line index lets a viewer show line N of a huge body without building all lines:
 * it keeps, per line, where the line starts in the source bytes and how to render it.
 * 50 MB of JSON is ~2.5 M lines, i.e. ~20 MB of index instead of ~300 MB of strings.
 */

/** Lines longer than this are cut into continuation rows so no DOM node holds megabytes. */
export const MAX_LINE_BYTES = 4096;

/** Set in `info` when a row continues the previous line (soft wrap). */
export const CONTINUATION = 0x4000_0000;
/** Set in `info` when a JSON continuation row starts inside a string. */
export const IN_STRING = 0x2000_0000;
export const DEPTH_MASK = 0x0fff_ffff;

export interface LineIndex {
  mode: 'json' | 'text';
  count: number;
  /** Byte offset where each row starts. */
  starts: Uint32Array;
  /** Indent depth | flags (CONTINUATION, IN_STRING). */
  info: Uint32Array;
  /** Byte offset where the source ends for this index. */
  end: number;
}

export class LineIndexBuilder {
  private starts: Uint32Array;
  private info: Uint32Array;
  count = 0;

  constructor(expected: number) {
    const capacity = Math.max(16, expected);
    this.starts = new Uint32Array(capacity);
    this.info = new Uint32Array(capacity);
  }

  push(start: number, info: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.info = grow(this.info);
    }
    this.starts[this.count] = start;
    this.info[this.count] = info;
    this.count++;
  }

  build(mode: LineIndex['mode'], end: number): LineIndex {
    return {
      mode,
      count: this.count,
      starts: this.starts.slice(0, this.count),
      info: this.info.slice(0, this.count),
      end,
    };
  }
}

/** A UTF-8 continuation byte: never cut a row just before one. */
export function isUtf8Continuation(b: number): boolean {
  return (b & 0xc0) === 0x80;
}
