import type { FileRef } from '../model';
import { concatBytes, utf8Encode } from '../encoding';

export type MultipartPart =
  | { name: string; value: string; contentType?: string }
  | { name: string; file: FileRef; bytes: Uint8Array; contentType?: string };

/**
 * A name or filename inside `Content-Disposition: form-data; name="…"`, escaped as the HTML
 * spec (and every browser) does: `"` → %22, CR → %0D, LF → %0A. Other characters go as UTF-8
 * (RFC 7578 §4.2 / §5.1).
 */
export function escapeDispositionValue(text: string): string {
  return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A boundary like browsers make: 16 random alphanumerics after a fixed prefix (RFC 2046 §5.1.1: ≤ 70 chars). */
export function randomBoundary(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `----ReqlabFormBoundary${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

/**
 * RFC 7578 multipart/form-data: each part is `--boundary CRLF headers CRLF CRLF content CRLF`,
 * closed by `--boundary-- CRLF`. A file part names its file and has a Content-Type
 * (the file's type, or application/octet-stream).
 */
export function encodeMultipart(parts: MultipartPart[], boundary: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeDispositionValue(part.name)}"`;
    if ('file' in part) {
      head += `; filename="${escapeDispositionValue(part.file.name)}"`;
      head += `\r\nContent-Type: ${part.contentType || part.file.type || 'application/octet-stream'}`;
    } else if (part.contentType) {
      head += `\r\nContent-Type: ${part.contentType}`;
    }
    chunks.push(utf8Encode(`${head}\r\n\r\n`));
    chunks.push('file' in part ? part.bytes : utf8Encode(part.value));
    chunks.push(utf8Encode('\r\n'));
  }
  chunks.push(utf8Encode(`--${boundary}--\r\n`));
  return concatBytes(chunks);
}
