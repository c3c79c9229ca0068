/** A file that cannot be imported at all; the message names where it went wrong. */
export class ImportError extends Error {
  readonly path: string;
  constructor(message: string, path = '') {
    super(path ? `${path}: ${message}` : message);
    this.name = 'ImportError';
    this.path = path;
  }
}

/** ['item', 3, 'item', 0, 'request'] → `item[3].item[0].request` */
export function formatPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Joins a base path and a child: joinPath('item[1]', 'request') → `item[1].request`. */
export function joinPath(base: string, child: string | number): string {
  if (typeof child === 'number') return `${base}[${child}]`;
  return base ? `${base}.${child}` : child;
}
