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
 * Reads and parses every record of a store. A record that fails to parse is moved to the
 * quarantine store (not deleted) and reported; the others load. Migrated records are written back.
 */
export async function loadStore<T>(db: IDBDatabase, store: StoreName, kind: RecordKind): Promise<LoadResult<T>> {
  // Values only on the common path (keys double the read at 10,000 records); keys are read only
  // when a record must be moved to quarantine, and then together with the values, in one transaction.
  let values = await readValues(db, store);
  let keys: IDBValidKey[] | null = null;
  let results = values.map((value) => readRecord(kind, value) as ReadResult<T>);
  if (results.some((r) => !r.ok)) {
    ({ keys, values } = await readAll(db, store));
    results = values.map((value) => readRecord(kind, value) as ReadResult<T>);
  }
  const records: T[] = [];
  const bad: (QuarantinedRecord & { rawKey: IDBValidKey })[] = [];
  const upgraded: { key: IDBValidKey; value: T }[] = [];
  results.forEach((result, i) => {
    if (result.ok) {
      records.push(result.value);
      const id = (result.value as { id?: unknown }).id;
      if (result.migrated) upgraded.push({ key: keys?.[i] ?? (id as IDBValidKey), value: result.value });
    } else if (keys) {
      const key = keys[i] as IDBValidKey;
      bad.push({ store, key: String(key), rawKey: key, value: values[i], reason: result.reason, quarantinedAt: Date.now() });
    }
  });
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

async function readValues(db: IDBDatabase, store: StoreName): Promise<unknown[]> {
  let values: Promise<unknown[]> | undefined;
  await transact(db, [store], 'readonly', (tx) => {
    values = requestResult(tx.objectStore(store).getAll());
  });
  return values as Promise<unknown[]>;
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
