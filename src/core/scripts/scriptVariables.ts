import { newId, type Variable } from '../model';
import type { ScriptVariables } from '../model/scripts';

/** A scope as a script reads it: the enabled variables, each at its current value. */
export function toScriptVariables(vars: readonly Variable[]): ScriptVariables {
  const out: ScriptVariables = {};
  for (const v of vars) if (v.enabled && v.key !== '') out[v.key] = v.currentValue ?? v.value;
  return out;
}

/** What a script stored, as text: strings as they are, objects as JSON (Postman would send "[object Object]"). */
export function scriptValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return JSON.stringify(value);
}

/**
 * A script's scope written back over the variables it came from: a set changes the current value
 * (as in Postman, the initial value that exports carry stays), an unset removes the variable, and
 * disabled variables, which the script never saw, stay as they were.
 */
export function applyScriptVariables(vars: readonly Variable[], after: ScriptVariables): Variable[] {
  const seen = new Set<string>();
  const out: Variable[] = [];
  for (const v of vars) {
    if (!v.enabled || v.key === '') {
      out.push(v);
      continue;
    }
    if (!Object.prototype.hasOwnProperty.call(after, v.key) || seen.has(v.key)) continue;
    seen.add(v.key);
    const text = scriptValueText(after[v.key]);
    out.push(text === (v.currentValue ?? v.value) ? v : { ...v, currentValue: text });
  }
  for (const [key, value] of Object.entries(after)) {
    if (seen.has(key) || value === undefined) continue;
    out.push({ id: newId(), key, value: '', currentValue: scriptValueText(value), enabled: true, secret: false });
  }
  return out;
}

/** Script values as request-scope variables for prepare (iteration data, `pm.variables.set`). */
export function scriptVariableList(values: ScriptVariables): Variable[] {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([key, value]) => ({ id: key, key, value: scriptValueText(value), enabled: true, secret: false }));
}
