import { sandboxTour } from '../../../core/learn/sandboxTour';
import { flattenCollection } from '../../../core/workspace/tree';
import { markSandboxTourOffered, sandboxTourOffered } from '../../storage/preferences';
import { pageOrigin } from '../../state/prepareContext';
import { sandboxCrossOrigin } from '../../state/sandboxInfo';

/** Polls for a value that appears once the UI has mounted; undefined after 20 s. */
async function until<T>(get: () => T | null): Promise<T | undefined> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const value = get();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/**
 * A new workspace starts with the Sandbox tour, once: a workspace that already has collections is
 * never touched, and a tour the person deleted does not come back.
 */
export async function seedSandboxTour(): Promise<void> {
  const origin = pageOrigin();
  if (!origin || sandboxTourOffered()) return;
  const { getBoundQueryClient, loadWorkspaceStore, workspaceKeys } = await import('../../storage');
  // Write only once the UI's query cache listens to the store: a change announced before that is
  // heard by no one, and a list loaded earlier would keep showing the empty workspace.
  const client = await until(getBoundQueryClient);
  if (!client) return;
  const store = await loadWorkspaceStore();
  const nodes = await store.loadNodes();
  if (nodes.records.length === 0) {
    const cross = (await sandboxCrossOrigin(origin)) ?? origin;
    await store.putNodes(flattenCollection(sandboxTour(cross), Date.now()), 'Add the Sandbox tour');
    await client.invalidateQueries({ queryKey: workspaceKeys.nodes });
  }
  // Marked only once it is done: a failed attempt is tried again on the next start.
  markSandboxTourOffered();
}
