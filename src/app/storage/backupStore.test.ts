import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from './workspaceStore';
import { buildBackup, buildCollections, parseBackup, planImport } from '../../core/workspace';
import { collectionNode, folderNode, requestNode, variable } from '../../core/workspace/testing/fixtures';
import { GLOBALS_ID, WORKSPACE_SCHEMA_VERSION } from '../../core/model';

const stores: WorkspaceStore[] = [];
afterEach(async () => Promise.all(stores.splice(0).map((s) => s.close())));

async function seeded(name: string) {
  const store = new WorkspaceStore({ dbName: name, reportToUi: false });
  stores.push(store);
  await store.putNodes([collectionNode('c'), folderNode('f', 'c', 'c', 1), requestNode('r', 'f', 'c', 1)], 'seed');
  await store.putEnvironments(
    [
      { schemaVersion: WORKSPACE_SCHEMA_VERSION, kind: 'environment', id: 'e', name: 'Dev', variables: [variable('host', 'h')], updatedAt: 1 },
      { schemaVersion: WORKSPACE_SCHEMA_VERSION, kind: 'globals', id: GLOBALS_ID, name: 'Globals', variables: [variable('g', '1')], updatedAt: 1 },
    ],
    'seed',
  );
  return store;
}

async function exportText(store: WorkspaceStore) {
  const snapshot = { nodes: (await store.loadNodes()).records, environments: (await store.loadEnvironments()).records };
  return JSON.stringify(buildBackup(snapshot, { includeSecrets: true, history: await store.loadAllHistory(), now: 0 }));
}

describe('backup through the store', () => {
  it('export → clear → import gives back the same workspace', async () => {
    const store = await seeded('backup-1');
    const before = await exportText(store);
    await store.clearEverything();
    expect((await store.loadNodes()).records).toEqual([]);
    const parsed = parseBackup(before);
    if (!parsed.ok) throw new Error(parsed.error);
    await store.applyImport(planImport({ nodes: [], environments: [] }, new Set(), parsed.backup, 'replace', 1, () => 'x'));
    expect(await exportText(store)).toBe(before);
  });

  it('a replace that fails half way leaves the old workspace untouched', async () => {
    const store = await seeded('backup-2');
    const before = buildCollections((await store.loadNodes()).records);
    const parsed = parseBackup(await exportText(store));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport({ nodes: [], environments: [] }, new Set(), parsed.backup, 'replace', 1, () => 'x');
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 3) throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args);
    };
    try {
      await expect(store.applyImport(plan)).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(buildCollections((await store.loadNodes()).records)).toEqual(before);
    expect((await store.loadEnvironments()).records).toHaveLength(2);
  });
});
