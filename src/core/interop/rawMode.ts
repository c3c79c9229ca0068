import type { BodyMode } from '../model';

/** Which raw mode shows a body of this media type best. */
export function rawModeFor(contentType: string): BodyMode {
  const ct = contentType.toLowerCase();
  if (/[/+]json\b/.test(ct)) return 'json';
  if (/[/+]xml\b/.test(ct)) return 'xml';
  if (ct.startsWith('text/html')) return 'html';
  return 'text';
}
