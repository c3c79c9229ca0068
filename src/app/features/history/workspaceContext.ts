import type { StoredEnvironment, StoredNode } from '../../../core/model';
import { environmentsQueryOptions, getBoundQueryClient, nodesQueryOptions } from '../../storage';
import { getWorkspaceStore } from '../../storage/instance';

/** Nodes and environments for code outside React: from the app's query cache, or straight from the store. */
export async function currentWorkspace(): Promise<{ nodes: StoredNode[]; environments: StoredEnvironment[] }> {
  const client = getBoundQueryClient();
  if (client) {
    const [nodes, environments] = await Promise.all([
      client.ensureQueryData(nodesQueryOptions()),
      client.ensureQueryData(environmentsQueryOptions()),
    ]);
    return { nodes, environments };
  }
  const store = getWorkspaceStore();
  const [nodes, environments] = await Promise.all([store.loadNodes(), store.loadEnvironments()]);
  return { nodes: nodes.records, environments: environments.records };
}
