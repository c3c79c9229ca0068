/**
 * The IndexedDB layout. One database, one object store per record kind, out-of-line keys (the
 * record's id) so every item is its own value: a save rewrites one item, never a whole store.
 */
export const DB_NAME = 'reqlab';
/** 2 added the cookie jar's store (created on upgrade; nothing else moves). */
export const DB_VERSION = 2;

export const STORES = {
  nodes: 'nodes',
  environments: 'environments',
  historyHeads: 'historyHeads',
  historyEntries: 'historyEntries',
  historyBodies: 'historyBodies',
  quarantine: 'quarantine',
  cookies: 'cookies',
} as const;

export type StoreName = (typeof STORES)[keyof typeof STORES];
export const ALL_STORES: StoreName[] = Object.values(STORES);

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

export function openDatabase(name: string = DB_NAME): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StorageUnavailableError('This browser offers no IndexedDB (private mode?).'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of ALL_STORES) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer Reqlab in another tab wants to upgrade: step aside instead of blocking it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new StorageUnavailableError('IndexedDB refused to open.'));
    request.onblocked = () =>
      reject(new StorageUnavailableError('Another Reqlab tab is holding an old version of the database open.'));
  });
}

/**
 * Runs `work` in one transaction and settles when it commits. A synchronous throw inside `work`
 * (e.g. a patched `put` throwing QuotaExceededError) aborts the transaction, so nothing of it lands.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: StoreName[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      reject(error);
      return;
    }
    let result: T;
    let thrown: unknown;
    tx.oncomplete = () => resolve(result);
    tx.onerror = (event) => {
      // Keep the request's error (QuotaExceededError) rather than the generic AbortError.
      const target = event.target as IDBRequest | null;
      thrown ??= target?.error ?? tx.error;
    };
    tx.onabort = () => reject(thrown ?? tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    try {
      result = work(tx);
    } catch (error) {
      thrown = error;
      try {
        tx.abort();
      } catch {
        reject(error);
      }
    }
  });
}

/** Resolves with a request's result (inside a transaction's callback chain). */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
