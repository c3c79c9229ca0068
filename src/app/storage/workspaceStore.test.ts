import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceStore } from './workspaceStore';
import { openDatabase, STORES } from './db';
import { getStorageAlerts, dismissStorageAlert } from './alerts';
import { WriteFailure } from './writeFailure';
import { loadPageSize } from './recordIo';
import { buildHistoryRecords } from '../../core/workspace';
import { collectionNode, requestNode } from '../../core/workspace/testing/fixtures';
import { newRequest, type PreparedRequest, type StoredNode } from '../../core/model';

let dbCounter = 0;
const opened: WorkspaceStore[] = [];

function twoTabs(): [WorkspaceStore, WorkspaceStore, string] {
  const dbName = `test-${++dbCounter}`;
  const a = new WorkspaceStore({ dbName, reportToUi: true });
  const b = new WorkspaceStore({ dbName, reportToUi: true });
  opened.push(a, b);
  return [a, b, dbName];
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  for (const alert of getStorageAlerts()) dismissStorageAlert(alert.id);
});

async function rawPut(dbName: string, store: string, key: string, value: unknown) {
  const db = await openDatabase(dbName);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const prepared: PreparedRequest = {
  method: 'GET',
  url: 'https://api.test/',
  headers: [],
  body: null,
  bodyDescription: { mode: 'none' },
  timeoutMs: 0,
  followRedirects: true,
  maxRedirects: 10,
  unresolved: [],
};

describe('WorkspaceStore', () => {
  it('creates, reads, updates and deletes nodes', async () => {
    const [store] = twoTabs();
    await store.putNodes([collectionNode('c'), requestNode('r', 'c', 'c', 1)], 'test');
    expect((await store.loadNodes()).records.map((n) => n.id).sort()).toEqual(['c', 'r']);
    const r = requestNode('r', 'c', 'c', 1);
    await store.putNodes([{ ...r, request: { ...r.request, name: 'Renamed' } }], 'test');
    const [read] = await store.getNodes(['r']);
    expect(read?.kind === 'request' && read.request.name).toBe('Renamed');
    await store.deleteNodes(['r'], 'test');
    expect((await store.loadNodes()).records.map((n) => n.id)).toEqual(['c']);
  });

  it('keeps the last write per item across two tabs editing different items', async () => {
    const [tabA, tabB] = twoTabs();
    await tabA.putNodes([collectionNode('c'), requestNode('r1', 'c', 'c', 1), requestNode('r2', 'c', 'c', 2)], 'seed');
    // Both tabs loaded the same state, then each edits a different request.
    const stateA = (await tabA.loadNodes()).records;
    const stateB = (await tabB.loadNodes()).records;
    const rename = (nodes: StoredNode[], id: string, name: string) => {
      const node = nodes.find((n) => n.id === id);
      if (node?.kind !== 'request') throw new Error('missing');
      return { ...node, request: { ...node.request, name } };
    };
    await Promise.all([
      tabA.putNodes([rename(stateA, 'r1', 'A edited r1')], 'A'),
      tabB.putNodes([rename(stateB, 'r2', 'B edited r2')], 'B'),
    ]);
    const names = (await tabA.loadNodes()).records
      .filter((n) => n.kind === 'request')
      .map((n) => (n.kind === 'request' ? n.request.name : ''))
      .sort();
    expect(names).toEqual(['A edited r1', 'B edited r2']);
    // Same item edited in both: the later write wins for that item only.
    await tabA.putNodes([rename(stateA, 'r1', 'A again')], 'A');
    await tabB.putNodes([rename(stateB, 'r1', 'B wins')], 'B');
    const [r1] = await tabA.getNodes(['r1']);
    expect(r1?.kind === 'request' && r1.request.name).toBe('B wins');
  });

  it('sets a corrupt record aside in quarantine, reports it, and loads the rest', async () => {
    const [store, , dbName] = twoTabs();
    await store.putNodes([collectionNode('c'), requestNode('r', 'c', 'c', 1)], 'seed');
    await rawPut(dbName, STORES.nodes, 'broken', { kind: 'request', id: 'broken', request: 'not a request' });
    await rawPut(dbName, STORES.nodes, 'garbage', 'just a string');
    const result = await store.loadNodes();
    expect(result.records.map((n) => n.id).sort()).toEqual(['c', 'r']);
    expect(result.quarantined.map((q) => q.key).sort()).toEqual(['broken', 'garbage']);
    const quarantine = await store.listQuarantine();
    expect(quarantine.map((q) => q.key).sort()).toEqual(['broken', 'garbage']);
    expect(quarantine.find((q) => q.key === 'garbage')?.value).toBe('just a string');
    expect(getStorageAlerts().some((a) => a.kind === 'quarantined' && /2 damaged records/.test(a.title))).toBe(true);
    // Set aside once: the next load is clean.
    expect((await store.loadNodes()).quarantined).toEqual([]);
  });

  it('loads a store larger than one page, setting aside bad heads on any page', async () => {
    const [store, , dbName] = twoTabs();
    const page = loadPageSize('historyHead');
    const total = page * 2 + 7;
    const db = await openDatabase(dbName);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORES.historyHeads, 'readwrite');
      for (let i = 0; i < total; i++) {
        const id = `h${String(i).padStart(5, '0')}`;
        tx.objectStore(STORES.historyHeads).put({ schemaVersion: 2, id, createdAt: i, method: 'GET', url: `u${i}` }, id);
      }
      // Bad heads on the first page, on a page boundary and on the last page.
      tx.objectStore(STORES.historyHeads).put({ schemaVersion: 2, id: 'h00003', createdAt: 3, method: 'GET' }, 'h00003');
      const edge = `h${String(page - 1).padStart(5, '0')}`;
      tx.objectStore(STORES.historyHeads).put({ schemaVersion: 2, id: edge, createdAt: 'yesterday', method: 'GET', url: 'u' }, edge);
      tx.objectStore(STORES.historyHeads).put(42, 'h99999');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const result = await store.loadHistoryHeads();
    expect(result.records).toHaveLength(total - 2);
    expect(new Set(result.records.map((h) => h.id)).size).toBe(total - 2);
    expect(result.quarantined.map((q) => q.key).sort()).toEqual(['h00003', `h${String(page - 1).padStart(5, '0')}`, 'h99999']);
    expect(result.quarantined.find((q) => q.key === 'h00003')?.reason).toMatch(/^url:/);
    expect((await store.loadHistoryHeads()).quarantined).toEqual([]);
  });

  it('surfaces a quota failure with what was not saved, and keeps earlier data', async () => {
    const [store] = twoTabs();
    const r = requestNode('r', 'c', 'c', 1);
    await store.putNodes([collectionNode('c'), r], 'seed');
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const edited = { ...r, request: { ...r.request, name: 'Lost edit' } };
      const attempt = store.putNodes([edited, requestNode('new', 'c', 'c', 2)], 'Request "Lost edit"');
      await expect(attempt).rejects.toBeInstanceOf(WriteFailure);
      await expect(attempt).rejects.toMatchObject({ kind: 'quota', what: 'Request "Lost edit"' });
      const records = await store.getNodes(['r', 'new']);
      expect(records[0]?.kind === 'request' && records[0].request.name).toBe('Request r');
      expect(records[1]).toBeNull();
      const alert = getStorageAlerts().find((a) => a.kind === 'write-failed');
      expect(alert?.title).toBe('Not saved: Request "Lost edit"');
      expect(alert?.advice).toMatch(/Export a backup/);
      expect(alert?.advice).toMatch(/clear old history/);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
  });

  it('surfaces a failure reported asynchronously by the request (not thrown)', async () => {
    const [store] = twoTabs();
    await store.putNodes([collectionNode('c')], 'seed');
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = original.apply(this, args);
      this.transaction.abort();
      return request;
    };
    try {
      await expect(store.putNodes([requestNode('x', 'c', 'c', 1)], 'Request x')).rejects.toBeInstanceOf(WriteFailure);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect((await store.loadNodes()).records.map((n) => n.id)).toEqual(['c']);
  });

  it('upgrades v1 records on load and writes them back', async () => {
    const [store, , dbName] = twoTabs();
    const { order: _o, ...v1 } = collectionNode('old');
    await rawPut(dbName, STORES.nodes, 'old', { ...v1, schemaVersion: 1, index: 0, variables: [{ key: 'k', value: 'v', enabled: true }] });
    const first = await store.loadNodes();
    expect(first.migrated).toBe(1);
    expect(first.records[0]).toMatchObject({ order: 1024, variables: [{ key: 'k', secret: false }] });
    expect((await store.loadNodes()).migrated).toBe(0);
  });

  it('keeps history heads, entries and bodies apart and deletes them together', async () => {
    const [store] = twoTabs();
    for (let i = 0; i < 3; i++) {
      const records = buildHistoryRecords({
        id: `h${i}`,
        createdAt: i,
        request: newRequest(),
        prepared,
        variables: [],
        response: {
          sender: 'relay',
          url: 'u',
          status: 200,
          statusText: 'OK',
          httpVersion: '1.1',
          headers: [],
          body: new Uint8Array([i]),
          bodySize: 1,
          truncated: false,
          timing: { startedAt: 0, total: 1 },
          redirects: [],
        },
      });
      await store.addHistory(records, 'history');
    }
    expect((await store.loadHistoryHeads()).records).toHaveLength(3);
    expect(Array.from((await store.getHistoryBody('h2'))?.bytes ?? [])).toEqual([2]);
    expect((await store.getHistoryEntry('h1'))?.response?.status).toBe(200);
    await store.deleteHistory(['h1'], 'delete');
    expect(await store.getHistoryEntry('h1')).toBeNull();
    expect(await store.getHistoryBody('h1')).toBeNull();
    await store.clearHistory();
    expect((await store.loadHistoryHeads()).records).toEqual([]);
  });

  it('announces changes by item id', async () => {
    const [store] = twoTabs();
    const seen: unknown[] = [];
    store.changes.subscribe((change) => seen.push([change.area, change.ids]));
    await store.putNodes([collectionNode('c')], 'x');
    await store.deleteNodes(['c'], 'x');
    expect(seen).toEqual([
      ['nodes', ['c']],
      ['nodes', ['c']],
    ]);
  });
});
