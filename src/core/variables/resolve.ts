import type { VariableScopes } from '../model';
import { dynamicValue, type DynamicSources } from './dynamic';
import { buildVariableLookup, type VariableLookup, type VariableSource } from './lookup';

/** `{{name}}`: a name is anything but braces (Postman's rule), spaces included. */
export const VARIABLE_PATTERN = /\{\{([^{}]+)\}\}/g;

export interface ResolveOptions extends DynamicSources {
  /** `placeholder` leaves secret variables as `{{name}}` (for history, export and code). */
  secrets?: 'resolve' | 'placeholder';
  /** How deep a variable's value may refer to other variables; stops cycles. */
  maxDepth?: number;
}

export interface UsedVariable {
  name: string;
  /** The resolved value; for a secret kept as placeholder, the placeholder itself. */
  value: string;
  source: VariableSource;
  secret: boolean;
}

export interface Resolution {
  text: string;
  unresolved: string[];
  used: UsedVariable[];
}

const DEFAULT_MAX_DEPTH = 10;

/** Resolves `{{variables}}` in a text against scopes (global < collection < environment < request). */
export function resolveVariables(text: string, scopes: VariableScopes | VariableLookup, opts: ResolveOptions = {}): Resolution {
  const lookup = scopes instanceof Map ? (scopes as VariableLookup) : buildVariableLookup(scopes as VariableScopes);
  const resolver = createResolver(lookup, opts);
  return { text: resolver.resolve(text), unresolved: resolver.unresolved(), used: resolver.used() };
}

export interface Resolver {
  resolve(text: string): string;
  unresolved(): string[];
  used(): UsedVariable[];
}

/**
 * A resolver that accumulates what it met across many texts (URL, headers, body …), so that
 * a whole request reports one list of unresolved and used variables.
 */
export function createResolver(lookup: VariableLookup, opts: ResolveOptions = {}): Resolver {
  const unresolved = new Set<string>();
  const used = new Map<string, UsedVariable>();
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const placeholderSecrets = opts.secrets === 'placeholder';

  const resolveIn = (text: string, stack: string[]): string =>
    text.replace(VARIABLE_PATTERN, (token, name: string) => {
      const entry = lookup.get(name);
      if (!entry) {
        const dynamic = dynamicValue(name, opts);
        if (dynamic !== null) {
          if (!used.has(name)) used.set(name, { name, value: dynamic, source: 'dynamic', secret: false });
          return dynamic;
        }
        unresolved.add(name);
        return token;
      }
      if (entry.secret && placeholderSecrets) {
        used.set(name, { name, value: token, source: entry.source, secret: true });
        return token;
      }
      // A cycle (a → b → a) or a chain deeper than maxDepth stays as written and is reported.
      if (stack.includes(name) || stack.length >= maxDepth) {
        unresolved.add(name);
        return token;
      }
      const value = resolveIn(entry.value, [...stack, name]);
      used.set(name, { name, value, source: entry.source, secret: entry.secret });
      return value;
    });

  return {
    resolve: (text) => resolveIn(text, []),
    unresolved: () => [...unresolved],
    used: () => [...used.values()],
  };
}
