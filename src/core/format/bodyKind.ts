/** How a body is best shown. Decided from Content-Type first, then by looking at its first bytes. */
export type BodyKind = 'json' | 'xml' | 'html' | 'text' | 'image' | 'pdf' | 'binary' | 'empty';

export interface MediaType {
  /** Lower-case `type/subtype` without parameters, '' when absent. */
  essence: string;
  charset?: string;
}

export function parseMediaType(contentType: string | undefined): MediaType {
  if (!contentType) return { essence: '' };
  const [essence = '', ...params] = contentType.split(';');
  const result: MediaType = { essence: essence.trim().toLowerCase() };
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() === 'charset') {
      result.charset = param.slice(eq + 1).trim().replace(/^"|"$/g, '').toLowerCase();
    }
  }
  return result;
}

function kindFromEssence(essence: string): BodyKind | undefined {
  if (!essence) return undefined;
  if (essence === 'application/json' || essence.endsWith('+json') || essence === 'text/json') return 'json';
  if (essence === 'application/x-ndjson' || essence === 'application/jsonl') return 'json';
  if (essence === 'text/html' || essence === 'application/xhtml+xml') return 'html';
  if (essence === 'image/svg+xml') return 'image';
  if (essence.endsWith('/xml') || essence.endsWith('+xml')) return 'xml';
  if (essence.startsWith('image/')) return 'image';
  if (essence === 'application/pdf') return 'pdf';
  if (essence.startsWith('text/')) return 'text';
  if (essence === 'application/javascript' || essence === 'application/x-www-form-urlencoded') return 'text';
  if (essence === 'application/octet-stream') return undefined; // often mislabelled: sniff
  return undefined;
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Looks at up to the first 1 KB: magic numbers, then whether it reads as text. */
export function sniffBodyKind(bytes: Uint8Array): BodyKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, PNG) || startsWith(bytes, JPEG) || startsWith(bytes, GIF)) return 'image';
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image'; // RIFF…WEBP
  if (startsWith(bytes, PDF)) return 'pdf';
  const head = bytes.subarray(0, 1024);
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length / 20) return 'binary';
  // Text must also be UTF-8 (streamed: a sequence cut at 1 KB is not an error). Random bytes have
  // few control bytes about one time in eight, but are almost never valid UTF-8.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: bytes.length > head.length });
  } catch {
    return 'binary';
  }
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3; // UTF-8 BOM
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  const first = head[i];
  if (first === 0x7b || first === 0x5b) return 'json'; // { [
  if (first === 0x3c) {
    const start = new TextDecoder().decode(head.subarray(i, i + 64)).toLowerCase();
    if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
    return start.startsWith('<?xml') ? 'xml' : 'html';
  }
  return 'text';
}

/** Content-Type wins when it is specific; generic or missing types are sniffed. */
export function detectBodyKind(contentType: string | undefined, bytes: Uint8Array): BodyKind {
  if (bytes.length === 0) return 'empty';
  const fromType = kindFromEssence(parseMediaType(contentType).essence);
  if (fromType === 'text') {
    // text/plain that is really JSON is common; only upgrade when it starts like JSON.
    const sniffed = sniffBodyKind(bytes);
    return sniffed === 'json' ? 'json' : 'text';
  }
  return fromType ?? sniffBodyKind(bytes);
}

/** Kinds whose bytes are text and can be shown as lines. */
export function isTextKind(kind: BodyKind): boolean {
  return kind === 'json' || kind === 'xml' || kind === 'html' || kind === 'text';
}
