import type { StoredEnvironment, StoredNode, Variable, VariableScopes } from '../../../core/model';
import { GLOBALS_ID } from '../../../core/model';
import { buildVariableScopes, chainForNode } from '../../../core/workspace/inheritance';

/** Scopes for a request: globals, its collection chain (if saved), the active environment. */
export function scopesFor(
  requestId: string,
  nodes: readonly StoredNode[],
  environments: readonly StoredEnvironment[],
  activeEnvironmentId: string | null,
): VariableScopes {
  const globals = environments.find((e) => e.id === GLOBALS_ID)?.variables ?? [];
  const active = environments.find((e) => e.id === activeEnvironmentId && e.kind === 'environment');
  return buildVariableScopes({ globals, environment: active?.variables ?? [], chain: chainForNode(nodes, requestId) });
}

/** Every variable in the scopes, for masking secrets out of history. */
export function allVariables(scopes: VariableScopes): Variable[] {
  return [...scopes.globals, ...scopes.collection.flat(), ...scopes.environment, ...(scopes.request ?? [])];
}
