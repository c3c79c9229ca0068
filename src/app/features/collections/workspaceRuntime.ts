/**
 * Everything heavy of the workspace (IndexedDB layer, record parsing with zod, the panels), loaded
 * after first paint so the URL field is ready as fast as with an empty workspace.
 */
import type { PrepareContext } from '../../../core/prepare';
import type { RequestModel } from '../../../core/model';
import { effectiveAuthForEdited } from '../../../core/workspace';
import { announceScopeChanges, getActiveEnvironment, scopesFor } from '../environments';
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
