import type { JsonChange } from '../model';

/** At most this many changed paths are listed; the side-by-side view still shows every line. */
export const MAX_JSON_CHANGES = 500;
const MAX_DEPTH = 256;

const IDENT = /^[A-Za-z_$][\w$]*$/;

function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENT.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The JSON paths whose values differ between two parsed documents (`$.books[1].title`), with the
 * values on each side. Key order does not count; array items are compared by position.
 */
export function jsonChanges(left: unknown, right: unknown): JsonChange[] {
  const out: JsonChange[] = [];
  const walk = (a: unknown, b: unknown, path: string, depth: number) => {
    if (out.length >= MAX_JSON_CHANGES) return;
    if (depth < MAX_DEPTH && Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length) out.push({ path: child(path, i), change: 'added', right: show(b[i]) });
        else if (i >= b.length) out.push({ path: child(path, i), change: 'removed', left: show(a[i]) });
        else walk(a[i], b[i], child(path, i), depth + 1);
        if (out.length >= MAX_JSON_CHANGES) return;
      }
      return;
    }
    if (depth < MAX_DEPTH && isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) {
        const inA = Object.prototype.hasOwnProperty.call(a, key);
        const inB = Object.prototype.hasOwnProperty.call(b, key);
        if (!inA) out.push({ path: child(path, key), change: 'added', right: show(b[key]) });
        else if (!inB) out.push({ path: child(path, key), change: 'removed', left: show(a[key]) });
        else walk(a[key], b[key], child(path, key), depth + 1);
        if (out.length >= MAX_JSON_CHANGES) return;
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, change: 'changed', left: show(a), right: show(b) });
  };
  walk(left, right, '$', 0);
  return out;
}
