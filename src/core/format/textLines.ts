import { CONTINUATION, LineIndexBuilder, MAX_LINE_BYTES, isUtf8Continuation, type LineIndex } from './lineIndex';

/** Rows of plain text: split at \n, long lines cut into continuation rows on character boundaries. */
export function indexTextLines(bytes: Uint8Array, maxLineBytes = MAX_LINE_BYTES): LineIndex {
  const builder = new LineIndexBuilder(Math.ceil(bytes.length / 40));
  if (bytes.length === 0) return builder.build('text', 0);
  builder.push(0, 0);
  let rowStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      if (i + 1 < bytes.length) builder.push(i + 1, 0);
      rowStart = i + 1;
    } else if (i - rowStart >= maxLineBytes && !isUtf8Continuation(b)) {
      builder.push(i, CONTINUATION);
      rowStart = i;
    }
  }
  return builder.build('text', bytes.length);
}

/** Decodes one text row without its line break. */
export function renderTextRow(bytes: Uint8Array, index: LineIndex, row: number, decoder: TextDecoder): string {
  const start = index.starts[row]!;
  let end = row + 1 < index.count ? index.starts[row + 1]! : index.end;
  if (end > start && bytes[end - 1] === 0x0a) end--;
  if (end > start && bytes[end - 1] === 0x0d) end--;
  return decoder.decode(bytes.subarray(start, end));
}
