/** A file that cannot be imported at all; the message names where it went wrong. */
export class ImportError extends Error {
  /** The position in the file (`item[3].request.url`), a detail beside the names in `reason`. */
  readonly path: string;
  /** What went wrong, named as a person sees it (`My API / users / Create user: …`). */
  readonly reason: string;
  constructor(reason: string, path = '') {
    super(path ? `${reason} (at ${path})` : reason);
    this.name = 'ImportError';
    this.path = path;
    this.reason = reason;
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
