/**
 * Everything heavy of the workspace (IndexedDB layer, record parsing with zod, the panels), loaded
 * after first paint so the URL field is ready as fast as with an empty workspace.
 */
import type { PrepareContext } from '../../../core/prepare';
import type { RequestModel } from '../../../core/model';
import { buildCollections, chainTo, effectiveAuthForEdited, indexNodes, nodeName } from '../../../core/workspace';
import type { ScriptContext } from '../../state/scriptContext';
import type { RunContext } from '../../state/runContext';
import type { RunTarget } from '../../state/runRequests';
import { announceScopeChanges, getActiveEnvironment, scopesFor, scriptScopesFor } from '../environments';
import { currentWorkspace } from '../history';
import { followSavesElsewhere } from './followSavesElsewhere';
import { seedSandboxTour } from './seedSandboxTour';
import './workspace.css';

followSavesElsewhere();
announceScopeChanges();
// A failed write shows in the store's alert banner; the workspace works without the tour.
void seedSandboxTour().catch((error: unknown) => console.error('The Sandbox tour was not added', error));

export { recordExchange } from '../history';
export { CollectionsPanel } from './CollectionsPanel';
export { EnvironmentsPanel } from '../environments';
export { HistoryList } from '../history';
export { BackupPanel } from '../backup';
export { WorkspaceStatus } from './WorkspaceStatus';

export async function prepareContextFor(request: RequestModel): Promise<Omit<PrepareContext, 'fileResolver'>> {
  const { nodes, environments } = await currentWorkspace();
  const scopes = scopesFor(request.id, nodes, environments, getActiveEnvironment());
  return { scopes, inheritedAuth: effectiveAuthForEdited(nodes, request).auth };
}

/** Who sits above a request (for their scripts) and the scopes its scripts read and write. */
export async function scriptContextFor(request: RequestModel): Promise<ScriptContext> {
  const { nodes, environments } = await currentWorkspace();
  const chain = chainTo(indexNodes(nodes), request.id).flatMap((n) => (n.kind === 'request' ? [] : [n]));
  const parents = chain.map((n) => ({ name: n.name, ...(n.events ? { events: n.events } : {}) }));
  return { parents, ...scriptScopesFor(chain, environments, getActiveEnvironment()) };
}

/** A collection or folder to run, with the environments to choose from. */
export async function runContextFor(target: RunTarget): Promise<RunContext | null> {
  const { nodes, environments } = await currentWorkspace();
  const collection = buildCollections(nodes).find((c) => c.id === target.collectionId);
  const root = nodes.find((n) => n.id === target.collectionId);
  if (!collection || !root) return null;
  const names = target.folderId ? chainTo(indexNodes(nodes), target.folderId).map(nodeName) : [collection.name];
  const choices = environments.filter((e) => e.kind === 'environment');
  return {
    collection,
    ...(target.folderId ? { folderId: target.folderId } : {}),
    title: names.join(' / '),
    environments: choices.map((e) => ({ id: e.id, name: e.name })),
    activeEnvironmentId: getActiveEnvironment(),
    async scopes(environmentId) {
      const fresh = await currentWorkspace();
      const scopes = scriptScopesFor([root], fresh.environments, environmentId);
      const active = fresh.environments.find((e) => e.id === environmentId && e.kind === 'environment');
      return {
        globals: scopes.scopes.globals,
        ...(active ? { environment: { id: active.id, name: active.name, variables: scopes.scopes.environment } } : {}),
        write: scopes.write,
      };
    },
  };
}
