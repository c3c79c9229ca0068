import type { QueryClient } from '@tanstack/react-query';
import type { HistoryHead, StoredEnvironment, StoredNode } from '../../core/model';
import { sortHeadsNewestFirst } from '../../core/workspace/historyDays';
import type { WorkspaceChange } from './changes';
import { workspaceKeys } from './queries';
import type { WorkspaceStore } from './workspaceStore';

function upsert<T extends { id: string }>(list: readonly T[] | undefined, ids: readonly string[], fresh: readonly (T | null)[]): T[] | undefined {
  if (!list) return list;
  const gone = new Set(ids);
  const kept = list.filter((item) => !gone.has(item.id));
  return [...kept, ...fresh.filter((x): x is T => x !== null)];
}

/**
 * A change heard while its list is still loading waits for the load first. Start-up reads in pages,
 * so the load may already have passed the changed item, and a patch on a list not there yet would
 * be dropped; after the load, the changed items are reread and patched in as usual.
 */
async function afterLoading(client: QueryClient, queryKey: readonly unknown[]): Promise<void> {
  const query = client.getQueryCache().find({ queryKey, exact: true });
  if (query?.state.fetchStatus === 'fetching') await query.promise?.catch(() => undefined);
}

/**
 * Applies a change (from this tab or another) to the cached queries by rereading just the changed
 * items from IndexedDB: what the list shows is always what is stored.
 */
export async function applyChange(client: QueryClient, store: WorkspaceStore, change: WorkspaceChange): Promise<void> {
  if (change.area === 'quarantine' || change.area === 'cookies') {
    await client.invalidateQueries({ queryKey: change.area === 'cookies' ? workspaceKeys.cookies : workspaceKeys.quarantine });
    return;
  }
  if (change.ids === null) {
    // Clear or import: reload the area (imports touch every area).
    const keys =
      change.area === 'history'
        ? [workspaceKeys.historyHeads]
        : change.area === 'environments'
          ? [workspaceKeys.environments]
          : [workspaceKeys.nodes, workspaceKeys.environments, workspaceKeys.historyHeads];
    await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
    if (change.area === 'history') client.removeQueries({ queryKey: ['history', 'entry'] });
    return;
  }
  const ids = change.ids;
  if (change.area === 'nodes') {
    await afterLoading(client, workspaceKeys.nodes);
    const fresh = await store.getNodes(ids);
    client.setQueryData<StoredNode[]>(workspaceKeys.nodes, (list) => upsert(list, ids, fresh));
  } else if (change.area === 'environments') {
    await afterLoading(client, workspaceKeys.environments);
    const fresh = await store.getEnvironments(ids);
    client.setQueryData<StoredEnvironment[]>(workspaceKeys.environments, (list) => upsert(list, ids, fresh));
  } else if (change.area === 'history') {
    await afterLoading(client, workspaceKeys.historyHeads);
    const fresh = await store.getHistoryHeads(ids);
    client.setQueryData<HistoryHead[]>(workspaceKeys.historyHeads, (list) => {
      const next = upsert(list, ids, fresh);
      return next && sortHeadsNewestFirst(next);
    });
    for (const id of ids) {
      client.removeQueries({ queryKey: workspaceKeys.historyEntry(id) });
      client.removeQueries({ queryKey: workspaceKeys.historyBody(id) });
    }
  }
}

/** Keeps the query cache in step with the store; returns the unsubscribe function. */
export function connectQueryCache(client: QueryClient, store: WorkspaceStore): () => void {
  return store.changes.subscribe((change) => {
    void applyChange(client, store, change).catch(() => client.invalidateQueries({ queryKey: ['workspace'] }));
  });
}
