import type { BodyKind } from './bodyKind';

/**
 * The filename a server suggests in Content-Disposition (RFC 6266): `filename*` (RFC 8187,
 * percent-encoded UTF-8) wins over `filename`. Path parts are stripped so a download can't escape.
 */
export function filenameFromContentDisposition(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*([^;]+)/i.exec(header);
  if (star) {
    const value = star[1]!.trim().replace(/^"|"$/g, '');
    const quote = value.indexOf("''");
    const encoded = quote >= 0 ? value.slice(quote + 2) : value;
    try {
      const name = safeName(decodeURIComponent(encoded));
      if (name) return name;
    } catch {
      // malformed percent-encoding: fall back to the plain parameter
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]*)/i.exec(header);
  if (!plain) return undefined;
  const raw = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]!.trim();
  return safeName(raw);
}

function safeName(name: string): string | undefined {
  const last = name.split(/[/\\]/).pop()?.trim() ?? '';
  let cleaned = '';
  for (const ch of last) cleaned += ch.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(ch) ? '_' : ch;
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : undefined;
}

const EXTENSION: Record<BodyKind, string> = {
  json: 'json',
  xml: 'xml',
  html: 'html',
  text: 'txt',
  image: 'img',
  pdf: 'pdf',
  binary: 'bin',
  empty: 'txt',
};

const IMAGE_EXTENSION: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};

/** Content-Disposition, else the URL's last path segment, else "response", with an extension for the kind. */
export function suggestFilename(opts: {
  contentDisposition?: string;
  url: string;
  kind: BodyKind;
  essence?: string;
}): string {
  const fromHeader = filenameFromContentDisposition(opts.contentDisposition);
  if (fromHeader) return fromHeader;
  const ext = (opts.essence && IMAGE_EXTENSION[opts.essence]) || EXTENSION[opts.kind];
  let base = 'response';
  try {
    const segment = new URL(opts.url).pathname.split('/').filter(Boolean).pop();
    if (segment) base = safeName(decodeURIComponent(segment)) ?? base;
  } catch {
    // not a URL: keep the default
  }
  return /\.[a-z0-9]{1,5}$/i.test(base) ? base : `${base}.${ext}`;
}
