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
});
