export const HEX_BYTES_PER_ROW = 16;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export interface HexRow {
  offset: string;
  hex: string;
  ascii: string;
}

/** One row of a classic hex dump: 8-digit offset, 16 bytes in two groups of 8, printable ASCII. */
export function hexDumpRow(bytes: Uint8Array, row: number): HexRow {
  const start = row * HEX_BYTES_PER_ROW;
  const end = Math.min(start + HEX_BYTES_PER_ROW, bytes.length);
  let hex = '';
  let ascii = '';
  for (let i = start; i < start + HEX_BYTES_PER_ROW; i++) {
    if (i === start + 8) hex += ' ';
    if (i < end) {
      const b = bytes[i]!;
      hex += HEX[b] + ' ';
      ascii += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
    } else {
      hex += '   ';
    }
  }
  return { offset: start.toString(16).padStart(8, '0'), hex: hex.trimEnd(), ascii };
}

export function hexRowCount(byteLength: number): number {
  return Math.ceil(byteLength / HEX_BYTES_PER_ROW);
}
