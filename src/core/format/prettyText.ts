import type { BodyKind } from './bodyKind';
import { indexJsonLines, renderJsonRow } from './jsonLines';
import { CONTINUATION } from './lineIndex';
import { prettyMarkup } from './markupPretty';

export interface PrettyResult {
  text: string;
  /** False when the body could not be formatted and is shown as received. */
  formatted: boolean;
  note?: string;
}

/** Pretty text of a whole (small) body: JSON re-indented, XML/HTML re-indented, the rest as is. */
export function prettyText(bytes: Uint8Array, kind: BodyKind, decoder: TextDecoder): PrettyResult {
  if (kind === 'json') {
    const { index, error, incomplete } = indexJsonLines(bytes);
    if (error || incomplete) {
      return {
        text: decoder.decode(bytes),
        formatted: false,
        note: error ? `Not valid JSON (${error.message}); shown as received.` : 'The JSON ends early; shown as received.',
      };
    }
    const rows = new Array<string>(index.count);
    for (let r = 0; r < index.count; r++) rows[r] = renderJsonRow(bytes, index, r, decoder);
    return { text: joinRows(rows, index.info), formatted: true };
  }
  const text = decoder.decode(bytes);
  if (kind === 'xml' || kind === 'html') {
    try {
      return { text: prettyMarkup(text, kind), formatted: true };
    } catch {
      return { text, formatted: false };
    }
  }
  return { text, formatted: false };
}

/** Continuation rows belong to the previous line: join them back without a line break. */
function joinRows(rows: string[], info: Uint32Array): string {
  let out = '';
  for (let r = 0; r < rows.length; r++) {
    if (r > 0 && !(info[r]! & CONTINUATION)) out += '\n';
    out += rows[r];
  }
  return out;
}

/** A decoder for the charset a server declared, UTF-8 when unknown or unsupported. */
export function decoderFor(charset: string | undefined): TextDecoder {
  try {
    return new TextDecoder(charset || 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}
