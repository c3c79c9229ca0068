import { cookieStoreKey, type CookieChanges, type HistoryEntry, type HistoryHead, type StoredCookie, type StoredEnvironment, type StoredHistoryBody, type StoredNode } from '../../core/model';
import { parseStoredCookie } from '../../core/workspace/cookieSchema';
import type { HistoryRecords, ImportPlan } from '../../core/workspace';
import { ALL_STORES, DB_NAME, openDatabase, STORES, transact, type StoreName } from './db';
import { ChangeFeed, type ChangeArea } from './changes';
import { loadStore, readAll, readMany, type LoadResult, type QuarantinedRecord } from './recordIo';
import { reportLoadFailure, reportQuarantined, reportWriteFailure } from './alerts';
import { WriteFailure } from './writeFailure';

export interface WorkspaceStoreOptions {
  dbName?: string;
  /** Tell other tabs about changes (off in unit tests that don't need it). */
  broadcast?: boolean;
  /** Report failures to the UI's alert banner (off in tests that assert on rejections only). */
  reportToUi?: boolean;
}

/**
 * The workspace in IndexedDB. Every write is one transaction over exactly the items it changes;
 * a failed write rejects with a WriteFailure (and is reported), leaving earlier data intact.
 */
export class WorkspaceStore {
  readonly changes: ChangeFeed;
  private readonly dbName: string;
  private readonly reportToUi: boolean;
  private dbPromise: Promise<IDBDatabase> | null = null;

  constructor(options: WorkspaceStoreOptions = {}) {
    this.dbName = options.dbName ?? DB_NAME;
    this.reportToUi = options.reportToUi ?? true;
    this.changes = new ChangeFeed(options.broadcast ?? false);
  }

  db(): Promise<IDBDatabase> {
    this.dbPromise ??= openDatabase(this.dbName).catch((error: unknown) => {
      this.dbPromise = null;
      throw error;
    });
    return this.dbPromise;
  }

  async close(): Promise<void> {
    this.changes.close();
    const db = await this.dbPromise?.catch(() => null);
    db?.close();
    this.dbPromise = null;
  }

  // ---- reading ---------------------------------------------------------------------------------

  private async load<T>(store: StoreName, kind: Parameters<typeof loadStore>[2], label: string): Promise<LoadResult<T>> {
    try {
      const result = await loadStore<T>(await this.db(), store, kind);
      if (result.quarantined.length > 0) {
        if (this.reportToUi) reportQuarantined(label, result.quarantined.length, result.quarantined.map((q) => `${q.key}: ${q.reason}`));
        this.changes.announce('quarantine', null);
      }
      return result;
    } catch (error) {
      // Never a blank page: an unreadable store loads as empty, and the person is told.
      if (this.reportToUi) reportLoadFailure(label, error);
      return { records: [], quarantined: [], migrated: 0 };
    }
  }

  loadNodes(): Promise<LoadResult<StoredNode>> {
    return this.load(STORES.nodes, 'node', 'collections');
  }

  loadEnvironments(): Promise<LoadResult<StoredEnvironment>> {
    return this.load(STORES.environments, 'environment', 'environments');
  }

  loadHistoryHeads(): Promise<LoadResult<HistoryHead>> {
    return this.load(STORES.historyHeads, 'historyHead', 'history');
  }

  async getNodes(ids: readonly string[]): Promise<(StoredNode | null)[]> {
    return readMany<StoredNode>(await this.db(), STORES.nodes, 'node', ids);
  }

  async getEnvironments(ids: readonly string[]): Promise<(StoredEnvironment | null)[]> {
    return readMany<StoredEnvironment>(await this.db(), STORES.environments, 'environment', ids);
  }

  async getHistoryHeads(ids: readonly string[]): Promise<(HistoryHead | null)[]> {
    return readMany<HistoryHead>(await this.db(), STORES.historyHeads, 'historyHead', ids);
  }

  async getHistoryEntry(id: string): Promise<HistoryEntry | null> {
    const [entry] = await readMany<HistoryEntry>(await this.db(), STORES.historyEntries, 'historyEntry', [id]);
    return entry ?? null;
  }

  async getHistoryBody(id: string): Promise<StoredHistoryBody | null> {
    const [body] = await readMany<StoredHistoryBody>(await this.db(), STORES.historyBodies, 'historyBody', [id]);
    return body ?? null;
  }

  async loadAllHistory(): Promise<{ entry: HistoryEntry; body?: StoredHistoryBody }[]> {
    const db = await this.db();
    const entries = await loadStore<HistoryEntry>(db, STORES.historyEntries, 'historyEntry');
    const bodies = await loadStore<StoredHistoryBody>(db, STORES.historyBodies, 'historyBody');
    const byId = new Map(bodies.records.map((b) => [b.id, b]));
    return entries.records.map((entry) => {
      const body = byId.get(entry.id);
      return body ? { entry, body } : { entry };
    });
  }

  /** The jar; a record that no longer reads as a cookie is left out (it cannot be sent anyway). */
  async loadCookies(): Promise<StoredCookie[]> {
    try {
      const { values } = await readAll(await this.db(), STORES.cookies);
      return values.map(parseStoredCookie).filter((c): c is StoredCookie => c !== null);
    } catch (error) {
      if (this.reportToUi) reportLoadFailure('cookies', error);
      return [];
    }
  }

  /** What a response did to the jar (from the relay), or an edit in the cookie manager, in one transaction. */
  applyCookieChanges(changes: CookieChanges, what = 'Cookies from a response'): Promise<void> {
    if (changes.set.length === 0 && changes.removed.length === 0) return Promise.resolve();
    return this.write(what, [STORES.cookies], 'cookies', null, (tx) => {
      const os = tx.objectStore(STORES.cookies);
      for (const key of changes.removed) os.delete(cookieStoreKey(key));
      for (const cookie of changes.set) os.put(cookie, cookieStoreKey(cookie));
    });
  }

  clearCookies(): Promise<void> {
    return this.write('Clearing the cookie jar', [STORES.cookies], 'cookies', null, (tx) => tx.objectStore(STORES.cookies).clear());
  }

  async listQuarantine(): Promise<QuarantinedRecord[]> {
    try {
      const { values } = await readAll(await this.db(), STORES.quarantine);
      return values as QuarantinedRecord[];
    } catch {
      return [];
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  /** Runs a write; on failure reports what was not saved and rejects with a WriteFailure. */
  private async write(what: string, stores: StoreName[], area: ChangeArea, ids: string[] | null, work: (tx: IDBTransaction) => void) {
    try {
      await transact(await this.db(), stores, 'readwrite', work);
    } catch (error) {
      throw this.reportToUi ? reportWriteFailure(error, what) : new WriteFailure(what, error);
    }
    this.changes.announce(area, ids);
  }

  putNodes(nodes: readonly StoredNode[], what: string): Promise<void> {
    return this.write(what, [STORES.nodes], 'nodes', nodes.map((n) => n.id), (tx) => {
      const os = tx.objectStore(STORES.nodes);
      for (const node of nodes) os.put(node, node.id);
    });
  }

  deleteNodes(ids: readonly string[], what: string): Promise<void> {
    return this.write(what, [STORES.nodes], 'nodes', [...ids], (tx) => {
      const os = tx.objectStore(STORES.nodes);
      for (const id of ids) os.delete(id);
    });
  }

  putEnvironments(envs: readonly StoredEnvironment[], what: string): Promise<void> {
    return this.write(what, [STORES.environments], 'environments', envs.map((e) => e.id), (tx) => {
      const os = tx.objectStore(STORES.environments);
      for (const env of envs) os.put(env, env.id);
    });
  }

  deleteEnvironment(id: string, what: string): Promise<void> {
    return this.write(what, [STORES.environments], 'environments', [id], (tx) => tx.objectStore(STORES.environments).delete(id));
  }

  addHistory(records: HistoryRecords, what: string): Promise<void> {
    return this.write(what, HISTORY_STORES, 'history', [records.head.id], (tx) => {
      tx.objectStore(STORES.historyHeads).put(records.head, records.head.id);
      tx.objectStore(STORES.historyEntries).put(records.entry, records.entry.id);
      if (records.body) tx.objectStore(STORES.historyBodies).put(records.body, records.body.id);
    });
  }

  deleteHistory(ids: readonly string[], what: string): Promise<void> {
    return this.write(what, HISTORY_STORES, 'history', [...ids], (tx) => {
      for (const store of HISTORY_STORES) for (const id of ids) tx.objectStore(store).delete(id);
    });
  }

  clearHistory(): Promise<void> {
    return this.write('Clearing history', HISTORY_STORES, 'history', null, (tx) => {
      for (const store of HISTORY_STORES) tx.objectStore(store).clear();
    });
  }

  discardQuarantined(keys: readonly string[]): Promise<void> {
    return this.write('Discarding set-aside records', [STORES.quarantine], 'quarantine', [...keys], (tx) => {
      for (const key of keys) tx.objectStore(STORES.quarantine).delete(key);
    });
  }

  /** An import in one transaction: a replace that fails half way leaves the old workspace untouched. */
  async applyImport(plan: ImportPlan): Promise<void> {
    const stores = [STORES.nodes, STORES.environments, ...HISTORY_STORES, STORES.cookies];
    await this.write('The imported workspace', stores, 'nodes', null, (tx) => {
      if (plan.replace) for (const store of stores) tx.objectStore(store).clear();
      for (const cookie of plan.cookies) tx.objectStore(STORES.cookies).put(cookie, cookieStoreKey(cookie));
      for (const node of plan.nodes) tx.objectStore(STORES.nodes).put(node, node.id);
      for (const env of plan.environments) tx.objectStore(STORES.environments).put(env, env.id);
      for (const h of plan.history) {
        tx.objectStore(STORES.historyHeads).put(h.head, h.head.id);
        tx.objectStore(STORES.historyEntries).put(h.entry, h.entry.id);
        if (h.body) tx.objectStore(STORES.historyBodies).put(h.body, h.body.id);
      }
    });
    this.changes.announce('environments', null);
    this.changes.announce('history', null);
    this.changes.announce('cookies', null);
  }

  /** Empties the workspace (quarantine kept). Used by tests and "Replace" flows. */
  clearEverything(): Promise<void> {
    const stores = ALL_STORES.filter((s) => s !== STORES.quarantine);
    return this.write('Clearing the workspace', stores, 'nodes', null, (tx) => {
      for (const store of stores) tx.objectStore(store).clear();
    });
  }
}

const HISTORY_STORES: StoreName[] = [STORES.historyHeads, STORES.historyEntries, STORES.historyBodies];
