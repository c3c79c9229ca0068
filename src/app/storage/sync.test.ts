import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { WorkspaceStore } from './workspaceStore';
import { applyChange } from './sync';
import { workspaceKeys } from './queries';
import { collectionNode, requestNode } from '../../core/workspace/testing/fixtures';
import type { StoredNode } from '../../core/model';

const stores: WorkspaceStore[] = [];
afterEach(async () => Promise.all(stores.splice(0).map((s) => s.close())));

describe('query cache sync from another tab', () => {
  it('rereads only the announced items and drops deleted ones', async () => {
    const tabA = new WorkspaceStore({ dbName: 'sync-1', reportToUi: false });
    const tabB = new WorkspaceStore({ dbName: 'sync-1', reportToUi: false });
    stores.push(tabA, tabB);
    await tabA.putNodes([collectionNode('c'), requestNode('r1', 'c', 'c', 1), requestNode('r2', 'c', 'c', 2)], 'seed');
    const client = new QueryClient();
    client.setQueryData(workspaceKeys.nodes, (await tabA.loadNodes()).records);

    const r1 = requestNode('r1', 'c', 'c', 1);
    await tabB.putNodes([{ ...r1, request: { ...r1.request, name: 'Changed in B' } }], 'B');
    await tabB.deleteNodes(['r2'], 'B');
    // What tab A hears over BroadcastChannel:
    await applyChange(client, tabA, { area: 'nodes', ids: ['r1'], origin: 'B' });
    await applyChange(client, tabA, { area: 'nodes', ids: ['r2'], origin: 'B' });

    const cached = client.getQueryData<StoredNode[]>(workspaceKeys.nodes) ?? [];
    expect(cached.map((n) => n.id).sort()).toEqual(['c', 'r1']);
    const changed = cached.find((n) => n.id === 'r1');
    expect(changed?.kind === 'request' && changed.request.name).toBe('Changed in B');
    client.clear();
  });

  it('does not lose a change heard while the list is still loading', async () => {
    const tabA = new WorkspaceStore({ dbName: 'sync-2', reportToUi: false });
    const tabB = new WorkspaceStore({ dbName: 'sync-2', reportToUi: false });
    stores.push(tabA, tabB);
    await tabA.putNodes([collectionNode('c')], 'seed');
    const client = new QueryClient();
    // A start-up load that read its pages before tab B's save, and settles after B's message.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let staleRead!: () => void;
    const readDone = new Promise<void>((resolve) => (staleRead = resolve));
    const loading = client.fetchQuery({
      queryKey: workspaceKeys.nodes,
      queryFn: async () => {
        const records = (await tabA.loadNodes()).records;
        staleRead();
        await gate;
        return records;
      },
      staleTime: Infinity,
    });
    await readDone;
    await tabB.putNodes([requestNode('r-new', 'c', 'c', 1)], 'B');
    const applying = applyChange(client, tabA, { area: 'nodes', ids: ['r-new'], origin: 'B' });
    // Give the change time to be reread before the load settles (the order that lost it).
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([loading, applying]);
    const cached = client.getQueryData<StoredNode[]>(workspaceKeys.nodes) ?? [];
    expect(cached.map((n) => n.id).sort()).toEqual(['c', 'r-new']);
    client.clear();
  });
});
