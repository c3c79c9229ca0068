import { findHeader } from '../http/headers';
import type { ExchangeExpectation, HeaderExpectation, LabEntry, LabResource } from '../model';

/** A header name as people write it: the known spelling (`WWW-Authenticate`), else each word capitalised. */
export function headerDisplayName(name: string): string {
  return findHeader(name)?.name ?? name.replace(/(^|-)([a-z])/g, (_m, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** One way an exchange differs from what the step asked, in words a learner reads. */
export type Difference = string;

function headerDifference(where: 'request' | 'response', rawName: string, want: HeaderExpectation, actual: string | undefined): Difference | null {
  const name = headerDisplayName(rawName);
  const label = where === 'request' ? `The request's ${name} header` : `The response's ${name} header`;
  if (want === true) return actual === undefined ? `The ${where} had no ${name} header.` : null;
  if (want === false) return actual === undefined ? null : `The ${where} had a ${name} header ("${actual}"); this step sends none.`;
  if (actual === undefined) return `The ${where} had no ${name} header.`;
  if (typeof want === 'string') return actual.trim() === want ? null : `${label} was "${actual}"; this step asks for "${want}".`;
  return new RegExp(want.matches, 'i').test(actual) ? null : `${label} was "${actual}", which is not what this step asks for.`;
}

function jsonBody(entry: LabEntry): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(entry.body) };
  } catch {
    return { ok: false };
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  return aKeys.length === bKeys.length && aKeys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function booksById(books: LabResource[] | undefined): Map<number, LabResource> {
  return new Map((books ?? []).map((book) => [book.id, book]));
}

function changedFields(before: LabResource | undefined, after: LabResource | undefined): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !sameValue(before?.[key], after?.[key]));
}

/** A form field is judged as a header is: present, absent, equal or matching. */
function formDifferences(entry: LabEntry, want: ExchangeExpectation): Difference[] {
  if (want.form === undefined) return [];
  if (!/^application\/x-www-form-urlencoded/i.test(entry.headers['content-type'] ?? '')) return ['The request body was not a form (application/x-www-form-urlencoded).'];
  const form = new URLSearchParams(entry.body);
  const differences: Difference[] = [];
  for (const [name, expected] of Object.entries(want.form)) {
    const actual = form.get(name) ?? undefined;
    if (expected === false) {
      if (actual !== undefined) differences.push(`The form had a "${name}" field ("${actual}"); this step sends none.`);
    } else if (actual === undefined) differences.push(`The form had no "${name}" field.`);
    else if (typeof expected === 'string' && actual !== expected) differences.push(`The form's "${name}" was "${actual}"; this step asks for "${expected}".`);
    else if (typeof expected === 'object' && !new RegExp(expected.matches).test(actual)) differences.push(`The form's "${name}" was "${actual}", which is not what this step asks for.`);
  }
  return differences;
}

function bodyDifferences(entry: LabEntry, want: ExchangeExpectation): Difference[] {
  if (want.json === undefined && want.jsonKeys === undefined) return [];
  const body = jsonBody(entry);
  if (!body.ok || typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return [entry.body.trim() === '' ? 'The request had no body; this step sends a JSON object.' : 'The request body was not a JSON object.'];
  }
  const record = body.value as Record<string, unknown>;
  const differences: Difference[] = [];
  for (const [key, value] of Object.entries(want.json ?? {})) {
    if (!(key in record)) differences.push(`The body had no "${key}"; this step sends "${key}": ${show(value)}.`);
    else if (!sameValue(record[key], value)) differences.push(`The body's "${key}" was ${show(record[key])}; this step sends ${show(value)}.`);
  }
  if (want.jsonKeys) {
    const extra = Object.keys(record).filter((key) => !want.jsonKeys!.includes(key));
    const missing = want.jsonKeys.filter((key) => !(key in record));
    if (extra.length > 0) differences.push(`The body also sent ${extra.map((k) => `"${k}"`).join(', ')}; this step sends only ${want.jsonKeys.map((k) => `"${k}"`).join(', ')}.`);
    if (missing.length > 0) differences.push(`The body had no ${missing.map((k) => `"${k}"`).join(', ')}.`);
  }
  return differences;
}

function stateDifferences(entry: LabEntry, want: ExchangeExpectation): Difference[] {
  const differences: Difference[] = [];
  const changed = entry.before !== undefined;
  if (want.unchanged && changed) differences.push('This exchange changed the books; this step expects it to change nothing.');
  if (want.created) {
    const before = booksById(entry.before);
    const added = (entry.after ?? []).filter((book) => !before.has(book.id));
    if (added.length === 0) differences.push('No book was added by this exchange.');
  }
  if (want.changed) {
    const { id, fields } = want.changed;
    if (!changed) differences.push(`Book ${id} did not change.`);
    else {
      const before = booksById(entry.before);
      const after = booksById(entry.after);
      const others = [...new Set([...before.keys(), ...after.keys()])].filter((other) => other !== id && changedFields(before.get(other), after.get(other)).length > 0);
      const touched = changedFields(before.get(id), after.get(id));
      if (!after.has(id)) differences.push(`Book ${id} was deleted.`);
      else if (touched.length === 0) differences.push(`Book ${id} did not change.`);
      else {
        const extra = touched.filter((field) => !fields.includes(field));
        const missing = fields.filter((field) => !touched.includes(field));
        if (extra.length > 0) differences.push(`Book ${id}'s ${extra.map((f) => `"${f}"`).join(', ')} changed too; only ${fields.map((f) => `"${f}"`).join(', ')} should.`);
        if (missing.length > 0) differences.push(`Book ${id}'s ${missing.map((f) => `"${f}"`).join(', ')} did not change.`);
      }
      if (others.length > 0) differences.push(`Book ${others.join(', ')} changed as well.`);
    }
  }
  return differences;
}

/** Everything about one exchange that differs from the expectation; empty when it matches. */
export function judgeExchange(entry: LabEntry, want: ExchangeExpectation): Difference[] {
  const differences: Difference[] = [];
  const sent = `${entry.method} ${entry.path}`;
  if (want.method !== undefined && entry.method !== want.method.toUpperCase()) {
    differences.push(`The lab received ${entry.method}; this step asks for ${want.method.toUpperCase()}.`);
  }
  if (typeof want.path === 'string' && entry.path !== want.path) differences.push(`The request went to ${entry.path}; this step asks for ${want.path}.`);
  if (typeof want.path === 'object' && !new RegExp(want.path.matches).test(entry.path)) differences.push(`The request went to ${entry.path}, not the path this step asks for.`);
  const query = new URLSearchParams(entry.query);
  for (const [name, value] of Object.entries(want.query ?? {})) {
    const actual = query.get(name);
    if (actual === null) differences.push(`The query had no "${name}" parameter; this step asks for ${name}=${value}.`);
    else if (actual !== value) differences.push(`The query parameter "${name}" was "${actual}"; this step asks for "${value}".`);
  }
  for (const [name, value] of Object.entries(want.headers ?? {})) {
    const difference = headerDifference('request', name, value, entry.headers[name.toLowerCase()]);
    if (difference) differences.push(difference);
  }
  differences.push(...formDifferences(entry, want), ...bodyDifferences(entry, want));
  if (want.status !== undefined) {
    const statuses = Array.isArray(want.status) ? want.status : [want.status];
    if (!statuses.includes(entry.status)) differences.push(`${sent} was answered ${entry.status}; this step expects ${statuses.join(' or ')}.`);
  }
  for (const [name, value] of Object.entries(want.responseHeaders ?? {})) {
    const difference = headerDifference('response', name, value, entry.responseHeaders[name.toLowerCase()]);
    if (difference) differences.push(difference);
  }
  differences.push(...stateDifferences(entry, want));
  return differences;
}
