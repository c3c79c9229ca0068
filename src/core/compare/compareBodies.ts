import { canonicalize, diffLines } from 'diff';
import type { BodyComparison, JsonChange, SideBySideRow } from '../model';
import { utf8DecodeStrict } from '../encoding';
import { jsonChanges } from './jsonChanges';

/** Bodies are compared by their first 512 KB: a line diff of two big bodies costs seconds. */
export const COMPARED_BYTES = 512 * 1024;
/** Past this many differing lines the diff gives up and says so (diff's maxEditLength). */
const MAX_EDIT_LENGTH = 20_000;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = text.trim();
  if (!trimmed || !/^[[{"\-\d tfn]/.test(trimmed)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    return { ok: false };
  }
}

const keep = (_key: string, value: unknown): unknown => value;

/** Pairs removed and added runs into side-by-side rows, so a changed line sits beside its replacement. */
export function sideBySide(left: string, right: string): { rows: SideBySideRow[]; added: number; removed: number } | null {
  const parts = diffLines(left, right, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) return null;
  const rows: SideBySideRow[] = [];
  let l = 1;
  let r = 1;
  let added = 0;
  let removed = 0;
  const lines = (value: string) => {
    const list = value.split('\n');
    if (list[list.length - 1] === '') list.pop();
    return list;
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const text of lines(part.value)) rows.push({ left: { line: l++, text, change: 'same' }, right: { line: r++, text, change: 'same' } });
      continue;
    }
    const gone = part.removed ? lines(part.value) : [];
    const next = part.removed && parts[i + 1]?.added ? parts[++i]! : part.added ? part : null;
    const come = next ? lines(next.value) : [];
    removed += gone.length;
    added += come.length;
    const paired = Math.min(gone.length, come.length);
    for (let k = 0; k < Math.max(gone.length, come.length); k++) {
      const row: SideBySideRow = {};
      const change = k < paired ? 'changed' : undefined;
      if (k < gone.length) row.left = { line: l++, text: gone[k]!, change: change ?? 'removed' };
      if (k < come.length) row.right = { line: r++, text: come[k]!, change: change ?? 'added' };
      rows.push(row);
    }
  }
  return { rows, added, removed };
}

/**
 * Compares two bodies. JSON on both sides is compared as values: keys sorted and pretty-printed
 * the same way (so key order and spacing are not differences), with a list of the paths that
 * changed. Other text is compared line by line; binary bodies only by their bytes.
 */
export function compareBodies(leftBytes: Uint8Array, rightBytes: Uint8Array): BodyComparison {
  const big = Math.max(leftBytes.length, rightBytes.length) > COMPARED_BYTES;
  const identicalBytes = leftBytes.length === rightBytes.length && leftBytes.every((b, i) => b === rightBytes[i]);
  if (leftBytes.length === 0 && rightBytes.length === 0) return { mode: 'empty', identical: true, rows: [], jsonChanges: [], added: 0, removed: 0 };
  // A big body is decoded only as far as it is compared; streamed, so a character cut at the limit
  // is not taken for binary.
  const decode = (b: Uint8Array): string | null => {
    if (b.length <= COMPARED_BYTES) return utf8DecodeStrict(b);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, COMPARED_BYTES), { stream: true });
    } catch {
      return null;
    }
  };
  const leftText = decode(leftBytes);
  const rightText = decode(rightBytes);
  if (leftText === null || rightText === null) {
    return {
      mode: 'binary',
      identical: identicalBytes,
      rows: [],
      jsonChanges: [],
      added: 0,
      removed: 0,
      note: identicalBytes ? 'The bodies are the same bytes.' : `The bodies differ (${leftBytes.length} and ${rightBytes.length} bytes); binary bodies are not compared line by line.`,
    };
  }
  const extra = big ? { comparedBytes: COMPARED_BYTES } : {};
  const leftJson = big ? { ok: false as const } : parseJson(leftText);
  const rightJson = big ? { ok: false as const } : parseJson(rightText);
  let changes: JsonChange[] = [];
  let left = leftText;
  let right = rightText;
  let mode: BodyComparison['mode'] = 'text';
  if (leftJson.ok && rightJson.ok) {
    mode = 'json';
    changes = jsonChanges(leftJson.value, rightJson.value);
    left = JSON.stringify(canonicalize(leftJson.value, null, null, keep), null, 2);
    right = JSON.stringify(canonicalize(rightJson.value, null, null, keep), null, 2);
  }
  const diffed = sideBySide(left, right);
  const identical = mode === 'json' ? changes.length === 0 : identicalBytes;
  if (!diffed) {
    return { mode, identical, rows: [], jsonChanges: changes, added: 0, removed: 0, ...extra, note: 'The bodies differ in too many lines to show side by side.' };
  }
  return { mode, identical, rows: diffed.rows, jsonChanges: changes, added: diffed.added, removed: diffed.removed, ...extra };
}
