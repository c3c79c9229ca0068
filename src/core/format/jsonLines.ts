import {
  CONTINUATION,
  DEPTH_MASK,
  IN_STRING,
  LineIndexBuilder,
  MAX_LINE_BYTES,
  isUtf8Continuation,
  type LineIndex,
} from './lineIndex';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Bytes that may appear outside strings in JSON: structure, digits, signs and the letters of true/false/null. */
const ALLOWED = new Uint8Array(256);
for (const c of '{}[]:,-+.0123456789eEtrufalsn \t\r\n') ALLOWED[c.charCodeAt(0)] = 1;
const WHITESPACE = new Uint8Array(256);
for (const c of ' \t\r\n') WHITESPACE[c.charCodeAt(0)] = 1;

export interface JsonIndexResult {
  index: LineIndex;
  /** Set when the bytes are not JSON; the index is then unusable. */
  error?: { offset: number; message: string };
  /** The bytes ended inside a value (a prefix of a larger body, or broken JSON). */
  incomplete: boolean;
}

/**
 * Indexes the rows of the pretty-printed form of JSON, without parsing it into objects:
 * numbers keep their digits, keys their order and duplicates. Works on a prefix too, which is
 * how the first lines of a 200 MB body show at once. Several top-level values (NDJSON) are allowed.
 */
export function indexJsonLines(bytes: Uint8Array, maxLineBytes = MAX_LINE_BYTES): JsonIndexResult {
  const builder = new LineIndexBuilder(Math.ceil(bytes.length / 24));
  let depth = 0;
  let inString = false;
  let escape = false;
  let prev = 0; // previous significant byte outside strings
  let valueEnded = false; // a complete top-level value has been seen
  let rowStart = 0;
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  for (; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (escape) escape = false;
      else if (b === BACKSLASH) escape = true;
      else if (b === QUOTE) {
        inString = false;
        prev = QUOTE;
        if (depth === 0) valueEnded = true;
      } else if (i - rowStart >= maxLineBytes && !isUtf8Continuation(b)) {
        builder.push(i, CONTINUATION | IN_STRING);
        rowStart = i;
      }
      continue;
    }
    if (WHITESPACE[b]) continue;
    if (!ALLOWED[b] && b !== QUOTE) {
      return { index: builder.build('json', i), error: { offset: i, message: `Unexpected character at byte ${i}` }, incomplete: true };
    }
    if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
      depth--;
      if (depth < 0) {
        return { index: builder.build('json', i), error: { offset: i, message: `Unbalanced bracket at byte ${i}` }, incomplete: true };
      }
      if (prev !== OPEN_OBJECT && prev !== OPEN_ARRAY) {
        builder.push(i, depth);
        rowStart = i;
      }
      prev = b;
      if (depth === 0) valueEnded = true;
      continue;
    }
    const startsToken = prev === OPEN_OBJECT || prev === OPEN_ARRAY || prev === COMMA;
    if (builder.count === 0 || startsToken || (depth === 0 && valueEnded && b !== COLON && b !== COMMA)) {
      builder.push(i, depth);
      rowStart = i;
      valueEnded = false;
    } else if (i - rowStart >= maxLineBytes && prev !== COLON) {
      builder.push(i, CONTINUATION | depth);
      rowStart = i;
    }
    if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
    else if (b === QUOTE) inString = true;
    prev = b;
  }
  return { index: builder.build('json', bytes.length), incomplete: inString || depth !== 0 };
}

const INDENT = '  ';

/** Renders one pretty row: indent, then the row's tokens with whitespace outside strings normalised. */
export function renderJsonRow(bytes: Uint8Array, index: LineIndex, row: number, decoder: TextDecoder): string {
  const start = index.starts[row]!;
  const end = row + 1 < index.count ? index.starts[row + 1]! : index.end;
  const info = index.info[row]!;
  const out = new Uint8Array(end - start + countColons(bytes, start, end));
  let n = 0;
  let inString = (info & IN_STRING) !== 0;
  let escape = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (inString) {
      out[n++] = b;
      if (escape) escape = false;
      else if (b === BACKSLASH) escape = true;
      else if (b === QUOTE) inString = false;
      continue;
    }
    if (WHITESPACE[b]) continue;
    out[n++] = b;
    if (b === QUOTE) inString = true;
    else if (b === COLON) out[n++] = 0x20;
  }
  const indent = info & CONTINUATION ? '' : INDENT.repeat(info & DEPTH_MASK);
  return indent + decoder.decode(out.subarray(0, n));
}

function countColons(bytes: Uint8Array, start: number, end: number): number {
  let c = 0;
  for (let i = start; i < end; i++) if (bytes[i] === COLON) c++;
  return c;
}
