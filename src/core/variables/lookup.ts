import type { Variable, VariableScopes } from '../model';

export type VariableSource = 'global' | 'collection' | 'environment' | 'request' | 'dynamic';

export interface VariableEntry {
  name: string;
  value: string;
  secret: boolean;
  source: VariableSource;
  /** For `collection`: 0 is the collection itself, 1 its first folder, … */
  level?: number;
}

export type VariableLookup = ReadonlyMap<string, VariableEntry>;

/**
 * The effective variables: global < collection (outermost first) < environment < request.
 * A later scope overrides an earlier one; disabled variables and empty names are ignored. A
 * variable's current value, when it has one, is the value.
 */
export function buildVariableLookup(scopes: VariableScopes): VariableLookup {
  const map = new Map<string, VariableEntry>();
  const add = (vars: Variable[] | undefined, source: VariableSource, level?: number) => {
    for (const v of vars ?? []) {
      if (!v.enabled || v.key === '') continue;
      const entry: VariableEntry = { name: v.key, value: v.currentValue ?? v.value, secret: !!v.secret, source };
      if (level !== undefined) entry.level = level;
      map.set(v.key, entry);
    }
  };
  add(scopes.globals, 'global');
  scopes.collection.forEach((vars, level) => add(vars, 'collection', level));
  add(scopes.environment, 'environment');
  add(scopes.request, 'request');
  return map;
}
