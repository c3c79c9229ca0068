import { whenQueryClientBound } from '../../storage';
import { workspaceKeys } from '../../storage/queries';
import { variableScopesChanged } from '../../state/variableScopes';
import { onActiveEnvironmentChange } from './activeEnvironment';

const SCOPE_KEYS: readonly string[] = [workspaceKeys.nodes.join('/'), workspaceKeys.environments.join('/')];
let started = false;

/**
 * Tells the shell when variable values may have changed: the collections (their variables) or the
 * environments were reloaded into the query cache, or another environment was made active.
 */
export function announceScopeChanges(): void {
  if (started) return;
  started = true;
  whenQueryClientBound((client) =>
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success' && SCOPE_KEYS.includes(event.query.queryKey.join('/'))) variableScopesChanged.emit();
    }),
  );
  onActiveEnvironmentChange(() => variableScopesChanged.emit());
}
