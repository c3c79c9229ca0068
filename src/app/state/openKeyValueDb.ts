/**
 * Opens (once per page) a small IndexedDB database of plain key-value stores, created as needed.
 * A failed open is forgotten, so the next call tries again.
 */
export function keyValueDbOpener(name: string, version: number, stores: readonly string[], holder: string): () => Promise<IDBDatabase> {
  let opening: Promise<IDBDatabase> | null = null;
  return () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, version);
      request.onupgradeneeded = () => {
        for (const store of stores) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
      };
      request.onsuccess = () => {
        request.result.onversionchange = () => request.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error(`An older Reqlab tab holds the ${holder} database open.`));
    });
    opening.catch(() => (opening = null));
    return opening;
  };
}
