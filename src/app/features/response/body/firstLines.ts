export interface FirstLines {
  lines: string[];
  /** True when more of the body exists than these lines (more lines, a cut line, or bytes not decoded). */
  more: boolean;
}

const decoders = new Map<string, TextDecoder>();

function decoderFor(charset: string | undefined): TextDecoder {
  const label = (charset ?? 'utf-8').toLowerCase();
  let decoder = decoders.get(label);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/**
 * The first lines of a body's first bytes, as plain text, for showing at once (while the body still
 * downloads, or while the worker formats it). Bounded work: at most `maxBytes` decoded, `maxLines`
 * lines of at most `maxLineChars` characters. When `complete` is false the last line may be cut in
 * the middle of a character or of the line, so it is dropped.
 */
export function firstLines(
  bytes: Uint8Array,
  opts: { charset?: string; complete: boolean; maxLines?: number; maxLineChars?: number; maxBytes?: number },
): FirstLines {
  const maxLines = opts.maxLines ?? 300;
  const maxLineChars = opts.maxLineChars ?? 1000;
  const maxBytes = opts.maxBytes ?? 128 * 1024;
  const cutBytes = bytes.length > maxBytes;
  const text = decoderFor(opts.charset).decode(cutBytes ? bytes.subarray(0, maxBytes) : bytes);
  const all = text.split(/\r?\n/);
  const lastIsWhole = opts.complete && !cutBytes;
  if (!lastIsWhole && all.length > 1) all.pop();
  let more = !lastIsWhole || all.length > maxLines;
  const lines = all.slice(0, maxLines).map((line) => {
    if (line.length <= maxLineChars) return line;
    more = true;
    return `${line.slice(0, maxLineChars)}…`;
  });
  if (lastIsWhole && lines.length > 0 && lines[lines.length - 1] === '' && all.length <= maxLines) lines.pop();
  return { lines, more };
}
