import { useMemo } from 'react';
import type { VariableScopes } from '../../../core/model';
import { useEnvironments, useNodes } from '../../storage/queries';
import { useActiveEnvironmentId } from './activeEnvironment';
import { scopesFor } from './scopesFor';

/**
 * Variable scopes for the request with this id (a tab's request): globals < its collection and
 * folders < the active environment. Empty scopes while the workspace loads.
 */
export function useVariableScopes(requestId: string): VariableScopes {
  const nodes = useNodes();
  const environments = useEnvironments();
  const active = useActiveEnvironmentId();
  return useMemo(() => scopesFor(requestId, nodes ?? [], environments ?? [], active), [requestId, nodes, environments, active]);
}
