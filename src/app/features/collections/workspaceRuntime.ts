/**
 * Everything heavy of the workspace (IndexedDB layer, record parsing with zod, the panels), loaded
 * after first paint so the URL field is ready as fast as with an empty workspace.
 */
import type { PrepareContext } from '../../../core/prepare';
import type { RequestModel } from '../../../core/model';
import { chainTo, effectiveAuthForEdited, indexNodes } from '../../../core/workspace';
import type { ScriptContext } from '../../state/scriptContext';
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
