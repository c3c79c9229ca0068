/** One field's undo history: snapshots of value and caret, with runs of typing merged into one step. */
export interface Snapshot {
  value: string;
  caret: number;
}

export interface FieldHistory {
  entries: Snapshot[];
  /** The entry that matches what the field shows. */
  at: number;
  /** When the last merged typing happened, to end a run after a pause. */
  lastTypedAt: number;
}

/** A pause this long, or anything but plain typing, starts a new undo step (as a text field does). */
export const TYPING_RUN_MS = 1000;
const LIMIT = 200;

export function newHistory(value: string, caret: number): FieldHistory {
  return { entries: [{ value, caret }], at: 0, lastTypedAt: 0 };
}

/**
 * Records what the field shows after an edit. `typing` is true for inserted text that continues
 * right where the last insertion ended; such a run is one step.
 */
export function record(history: FieldHistory, next: Snapshot, typing: boolean, now: number): FieldHistory {
  const current = history.entries[history.at]!;
  if (current.value === next.value) return history;
  const kept = history.entries.slice(0, history.at + 1);
  const continues = typing && history.at > 0 && now - history.lastTypedAt < TYPING_RUN_MS && next.value.length > current.value.length && next.caret > current.caret;
  if (continues) kept[kept.length - 1] = next;
  else kept.push(next);
  const entries = kept.length > LIMIT ? kept.slice(kept.length - LIMIT) : kept;
  return { entries, at: entries.length - 1, lastTypedAt: typing ? now : 0 };
}

/**
 * The field was changed by the app, not by the person (the URL rewritten from the params table):
 * the shown value becomes a step of its own, so undo goes back to it first.
 */
export function sync(history: FieldHistory, shown: Snapshot): FieldHistory {
  return history.entries[history.at]!.value === shown.value ? history : record(history, shown, false, 0);
}

export function undo(history: FieldHistory): { history: FieldHistory; show: Snapshot } | null {
  if (history.at === 0) return null;
  const at = history.at - 1;
  return { history: { ...history, at, lastTypedAt: 0 }, show: history.entries[at]! };
}

export function redo(history: FieldHistory): { history: FieldHistory; show: Snapshot } | null {
  if (history.at >= history.entries.length - 1) return null;
  const at = history.at + 1;
  return { history: { ...history, at, lastTypedAt: 0 }, show: history.entries[at]! };
}
