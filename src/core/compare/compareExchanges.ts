import type { CompareSide, ExchangeComparison, HeaderDiffRow } from '../model';
import { compareBodies } from './compareBodies';

function statusOf(side: CompareSide): string {
  if (side.status === undefined) return side.error ? `No response (${side.error})` : 'No response';
  return `${side.status} ${side.statusText ?? ''}`.trim();
}

/** Header values by lowercased name; repeated headers keep every value, one per line. */
function headerMap(headers: readonly [string, string][]): Map<string, { name: string; value: string }> {
  const map = new Map<string, { name: string; value: string }>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    const had = map.get(key);
    map.set(key, had ? { name: had.name, value: `${had.value}\n${value}` } : { name, value });
  }
  return map;
}

/** Headers side by side (names case-insensitive), in the right side's order, then the ones it lacks. */
export function compareHeaders(left: readonly [string, string][], right: readonly [string, string][]): HeaderDiffRow[] {
  const a = headerMap(left);
  const b = headerMap(right);
  const rows: HeaderDiffRow[] = [];
  for (const [key, { name, value }] of b) {
    const other = a.get(key);
    if (!other) rows.push({ name, right: value, change: 'added' });
    else rows.push({ name, left: other.value, right: value, change: other.value === value ? 'same' : 'changed' });
  }
  for (const [key, { name, value }] of a) if (!b.has(key)) rows.push({ name, left: value, change: 'removed' });
  return rows;
}

/** Status, headers and body of two exchanges, with what differs marked. */
export function compareExchanges(left: CompareSide, right: CompareSide): ExchangeComparison {
  const l = statusOf(left);
  const r = statusOf(right);
  return { status: { left: l, right: r, same: l === r }, headers: compareHeaders(left.headers, right.headers), body: compareBodies(left.body, right.body) };
}

