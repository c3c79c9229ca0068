import { sandboxTour } from '../../../core/learn/sandboxTour';
import { flattenCollection } from '../../../core/workspace/tree';
import { getWorkspaceStore } from '../../storage/instance';
import { markSandboxTourOffered, sandboxTourOffered } from '../../storage/preferences';
import { pageOrigin } from '../../state/prepareContext';
import { sandboxCrossOrigin } from '../../state/sandboxInfo';

/**
 * A new workspace starts with the Sandbox tour, once: a workspace that already has collections is
 * never touched, and a tour the person deleted does not come back.
 */
export async function seedSandboxTour(): Promise<void> {
  const origin = pageOrigin();
  if (!origin || sandboxTourOffered()) return;
  markSandboxTourOffered();
  const store = getWorkspaceStore();
  const nodes = await store.loadNodes();
  if (nodes.records.length > 0) return;
  const cross = (await sandboxCrossOrigin(origin)) ?? origin;
  await store.putNodes(flattenCollection(sandboxTour(cross), Date.now()), 'Add the Sandbox tour');
}
