import { ImportError } from '../importError';
import type { ReportBuilder } from '../reportBuilder';
import type { CurlOption } from './parseArgs';

export type FileReader = (path: string) => Uint8Array | null;

/** curl's --data-urlencode: everything but ALPHA / DIGIT / -._~ is %XX, and space is `+` (checked against curl 7.88). */
export function curlEscape(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // A lone surrogate (half of an emoji) has no UTF-8 form: curl would send bytes no server reads as text.
    throw new ImportError('--data-urlencode holds text that is not valid Unicode (half of a character pair)');
  }
  return encoded
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

const decoder = new TextDecoder();

export interface DataPiece {
  text: string;
  /** A whole-file --data-binary/--json @file: sent byte for byte, kept as a file. */
  filePath?: string;
}

function readText(path: string, flag: string, readFile: FileReader | undefined, report: ReportBuilder): string | null {
  if (path === '-') { report.skipped(flag, `${flag} @- reads standard input, which an import cannot do`); return null; }
  const bytes = readFile?.(path);
  if (!bytes) { report.changed(flag, `${flag} @${path}: the file could not be read, so its content is missing`); return null; }
  return decoder.decode(bytes);
}

/** One -d, --data-* or --json value turned into the text curl sends for it. */
export function dataPiece(opt: CurlOption, readFile: FileReader | undefined, report: ReportBuilder): DataPiece | null {
  const v = opt.value ?? '';
  switch (opt.name) {
    case 'data-raw':
      return { text: v };
    case 'data':
    case 'data-ascii':
    case 'data-binary':
    case 'json': {
      if (!v.startsWith('@')) return { text: v };
      const path = v.slice(1);
      const binary = opt.name === 'data-binary' || opt.name === 'json';
      if (binary && path !== '-') {
        const text = readFile ? readText(path, opt.flag, readFile, report) : null;
        return { text: text ?? '', filePath: path };
      }
      const text = readText(path, opt.flag, readFile, report);
      // -d @file drops carriage returns and newlines, as curl does.
      return text === null ? null : { text: binary ? text : text.replace(/[\r\n]/g, '') };
    }
    case 'data-urlencode':
      return { text: urlencodePiece(v, opt.flag, readFile, report) };
    default:
      return null;
  }
}

/** --data-urlencode: `content`, `=content`, `name=content`, `@file`, `name@file`. */
export function urlencodePiece(v: string, flag: string, readFile: FileReader | undefined, report: ReportBuilder): string {
  const eq = v.indexOf('=');
  const at = v.indexOf('@');
  if (eq >= 0 && (at < 0 || eq < at)) {
    const name = v.slice(0, eq);
    const content = curlEscape(v.slice(eq + 1));
    return name ? `${name}=${content}` : content;
  }
  if (at >= 0) {
    const name = v.slice(0, at);
    const text = readText(v.slice(at + 1), flag, readFile, report) ?? '';
    return name ? `${name}=${curlEscape(text)}` : curlEscape(text);
  }
  return curlEscape(v);
}
