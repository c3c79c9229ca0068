import type { VariableScopes } from '../model';
import { isDynamicVariable } from './dynamic';
import { buildVariableLookup, type VariableLookup, type VariableSource } from './lookup';
import { VARIABLE_PATTERN } from './resolve';

export type VariableStatus = 'resolved' | 'unresolved' | 'dynamic' | 'unknown';

export type TextSegment =
  | { kind: 'text'; text: string; start: number; end: number }
  | {
      kind: 'variable';
      /** `{{name}}` as written. */
      text: string;
      name: string;
      start: number;
      end: number;
      /** `unknown` when no scopes were given. */
      status: VariableStatus;
      /** The raw value (not resolved further); undefined for secrets, dynamic and unresolved ones. */
      value?: string;
      secret?: boolean;
      source?: VariableSource;
    };

/** Cuts a text into plain parts and `{{variables}}`, for highlighting and hover. */
export function tokenizeVariables(text: string, scopes?: VariableScopes | VariableLookup): TextSegment[] {
  const lookup = scopes === undefined ? null : scopes instanceof Map ? (scopes as VariableLookup) : buildVariableLookup(scopes as VariableScopes);
  const segments: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(VARIABLE_PATTERN)) {
    const start = m.index;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start), start: last, end: start });
    const name = m[1]!;
    const end = start + m[0].length;
    const segment: TextSegment = { kind: 'variable', text: m[0], name, start, end, status: 'unknown' };
    if (lookup) {
      const entry = lookup.get(name);
      if (entry) {
        segment.status = 'resolved';
        segment.source = entry.source;
        segment.secret = entry.secret;
        if (!entry.secret) segment.value = entry.value;
      } else segment.status = isDynamicVariable(name) ? 'dynamic' : 'unresolved';
    }
    segments.push(segment);
    last = end;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last), start: last, end: text.length });
  return segments;
}

/** The distinct variable names used in a text, in order of appearance. */
export function variableNames(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(VARIABLE_PATTERN), (m) => m[1]!))];
}
