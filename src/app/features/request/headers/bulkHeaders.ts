import { newKeyValue, type KeyValue } from '../../../../core/model';

/** Rows → `Name: value` lines; a disabled row becomes a `//`-commented line so it survives the round trip. */
export function headersToBulk(rows: KeyValue[]): string {
  return rows
    .filter((r) => r.key !== '' || r.value !== '')
    .map((r) => `${r.enabled ? '' : '// '}${r.key}: ${r.value}`)
    .join('\n');
}

/**
 * `Name: value` lines → rows. Ids are reused by position so the table does not flicker. A line
 * without a colon is a header with an empty value; blank lines are skipped.
 */
export function bulkToHeaders(text: string, previous: KeyValue[] = []): KeyValue[] {
  const rows: KeyValue[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '') continue;
    let enabled = true;
    if (line.startsWith('//')) {
      enabled = false;
      line = line.slice(2).trim();
    }
    const colon = line.indexOf(':');
    const key = (colon < 0 ? line : line.slice(0, colon)).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    const prev = previous[rows.length];
    rows.push(prev ? { ...prev, key, value, enabled } : newKeyValue(key, value, enabled));
  }
  return rows;
}

const HEADER_LINE = /^\s*(\/\/\s*)?[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*:/;

/**
 * Text pasted into a header name: `Name: value` lines become rows (as bulk edit reads them);
 * anything else (a bare name) is left to the field, so it pastes as usual.
 */
export function splitHeaderPaste(text: string): KeyValue[] | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  if (lines.length === 1 && !HEADER_LINE.test(lines[0]!)) return null;
  return bulkToHeaders(text);
}
