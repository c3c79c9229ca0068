import { readRecord, type ReadResult, type RecordKind } from '../../core/workspace';
import { STORES, transact, requestResult, type StoreName } from './db';

export interface QuarantinedRecord {
  store: StoreName;
  key: string;
  value: unknown;
  reason: string;
  quarantinedAt: number;
}

export interface LoadResult<T> {
  records: T[];
  /** Records that failed to read and were moved to quarantine. */
  quarantined: { key: string; reason: string }[];
  /** Records upgraded from an older schemaVersion (already written back when possible). */
  migrated: number;
}

/** All keys and values of a store, read in one transaction. */
export async function readAll(db: IDBDatabase, store: StoreName): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  let keys: Promise<IDBValidKey[]> | undefined;
  let values: Promise<unknown[]> | undefined;
  await transact(db, [store], 'readonly', (tx) => {
    const os = tx.objectStore(store);
    keys = requestResult(os.getAllKeys());
    values = requestResult(os.getAll());
  });
  return { keys: await (keys as Promise<IDBValidKey[]>), values: await (values as Promise<unknown[]>) };
}

/**
 * Records read per page at start-up: small enough that no page makes a long task. Heads are small
 * and checked by hand (a page of 2,000 is ~30 ms); other records go through zod, so fewer per page.
 */
export function loadPageSize(kind: RecordKind): number {
  return kind === 'historyHead' ? 2000 : 500;
}

/**
 * Gives the main thread back between pages (input, paint, the URL field) before reading on.
 * `scheduler.yield` resumes ahead of other tasks where the browser has it.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** One page of keys and values after `after` (in key order), read in one transaction. */
async function readPage(db: IDBDatabase, store: StoreName, after: IDBValidKey | undefined, count: number) {
  let keys: Promise<IDBValidKey[]> | undefined;
  let values: Promise<unknown[]> | undefined;
  await transact(db, [store], 'readonly', (tx) => {
    const os = tx.objectStore(store);
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    keys = requestResult(os.getAllKeys(range, count));
    values = requestResult(os.getAll(range, count));
  });
  return { keys: await (keys as Promise<IDBValidKey[]>), values: await (values as Promise<unknown[]>) };
}

/**
 * Reads and parses every record of a store. A record that fails to parse is moved to the
 * quarantine store (not deleted) and reported; the others load. Migrated records are written back.
 * Reading goes in pages (loadPageSize) with a yield between them: at 10,000 records one getAll
 * and one parse loop were single tasks of 150-230 ms that held back the first usable frame.
 */
export async function loadStore<T>(db: IDBDatabase, store: StoreName, kind: RecordKind): Promise<LoadResult<T>> {
  const records: T[] = [];
  const bad: (QuarantinedRecord & { rawKey: IDBValidKey })[] = [];
  const upgraded: { key: IDBValidKey; value: T }[] = [];
  const pageSize = loadPageSize(kind);
  let next = readPage(db, store, undefined, pageSize);
  for (;;) {
    const { keys, values } = await next;
    const more = keys.length === pageSize;
    // The next page is read while this one is parsed: IndexedDB works while the main thread does.
    if (more) next = readPage(db, store, keys[keys.length - 1], pageSize);
    values.forEach((value, i) => {
      const key = keys[i] as IDBValidKey;
      const result = readRecord(kind, value) as ReadResult<T>;
      if (result.ok) {
        records.push(result.value);
        if (result.migrated) upgraded.push({ key, value: result.value });
      } else {
        bad.push({ store, key: String(key), rawKey: key, value, reason: result.reason, quarantinedAt: Date.now() });
      }
    });
    if (!more) break;
    await yieldToMain();
  }
  if (bad.length > 0) {
    // Move in one transaction: the record is never in neither place. If the move fails, the
    // record simply stays where it is (and is skipped again next load).
    await transact(db, [store, STORES.quarantine], 'readwrite', (tx) => {
      for (const { rawKey, ...q } of bad) {
        tx.objectStore(STORES.quarantine).put(q, `${store}/${q.key}`);
        tx.objectStore(store).delete(rawKey);
      }
    }).catch(() => undefined);
  }
  if (upgraded.length > 0) {
    // Writing back is an optimisation; the old record stays readable if it fails.
    await transact(db, [store], 'readwrite', (tx) => {
      for (const u of upgraded) tx.objectStore(store).put(u.value, u.key);
    }).catch(() => undefined);
  }
  return { records, quarantined: bad.map((b) => ({ key: b.key, reason: b.reason })), migrated: upgraded.length };
}

/** Reads some records by key; missing or unreadable ones come back as null. */
export async function readMany<T>(db: IDBDatabase, store: StoreName, kind: RecordKind, ids: readonly string[]): Promise<(T | null)[]> {
  const requests: Promise<unknown>[] = [];
  await transact(db, [store], 'readonly', (tx) => {
    const os = tx.objectStore(store);
    for (const id of ids) requests.push(requestResult(os.get(id)));
  });
  const values = await Promise.all(requests);
  return values.map((value) => {
    if (value === undefined) return null;
    const result = readRecord(kind, value) as ReadResult<T>;
    return result.ok ? result.value : null;
  });
}
