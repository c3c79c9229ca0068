import type { VariableEntry, VariableLookup } from './lookup';

/** An open `{{` before the caret: where the name being typed starts, and what it is so far. */
export interface CompletionContext {
  /** Index just after `{{`. */
  from: number;
  /** The caret. */
  to: number;
  prefix: string;
}

/** The `{{partial` the caret is in, if any; a closed `{{name}}` is not offered again. */
export function completionContext(text: string, caret: number): CompletionContext | null {
  const before = text.slice(0, caret);
  const m = /\{\{([^{}\s]*)$/.exec(before);
  if (!m) return null;
  return { from: caret - m[1]!.length, to: caret, prefix: m[1]! };
}

/** The variables in scope that match what is typed: names starting with it first, then containing it. */
export function completionOptions(lookup: VariableLookup, prefix: string, limit = 50): VariableEntry[] {
  const lower = prefix.toLowerCase();
  const all = [...lookup.values()].sort((a, b) => a.name.localeCompare(b.name));
  const starts = all.filter((v) => v.name.toLowerCase().startsWith(lower));
  const contains = all.filter((v) => !v.name.toLowerCase().startsWith(lower) && v.name.toLowerCase().includes(lower));
  return [...starts, ...contains].slice(0, limit);
}

/** The text with the chosen name in place of the partial one, closed with `}}` unless it already is. */
export function applyCompletion(text: string, context: CompletionContext, name: string): { text: string; caret: number } {
  const after = text.slice(context.to);
  const closed = after.startsWith('}}');
  const inserted = closed ? name : `${name}}}`;
  const next = text.slice(0, context.from) + inserted + after;
  return { text: next, caret: context.from + name.length + 2 };
}
