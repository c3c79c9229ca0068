import { keyValueDbOpener } from '../openKeyValueDb';
import type { EditorTab } from '../tabsStore';

/**
 * Open tabs and their drafts live in a database of their own, beside the workspace: they are per
 * window, change on every keystroke, and are not part of the workspace backup.
 */
export const SESSION_DB = 'reqlab-session';
const VERSION = 2;
const WINDOWS = 'windows';
const TABS = 'tabs';
/** Per-window view state: expanded folders, scroll positions. Keyed `${windowId}/${name}`. */
const VIEWS = 'views';

export interface WindowRecord {
  id: string;
  updatedAt: number;
  activeId: string;
  order: string[];
}

export interface TabRecord {
  windowId: string;
  tab: EditorTab;
}

export const openSessionDb = keyValueDbOpener(SESSION_DB, VERSION, [WINDOWS, TABS, VIEWS], 'session');

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });

const all = <T>(store: IDBObjectStore, query?: IDBKeyRange) =>
  new Promise<T[]>((resolve, reject) => {
    const r = store.getAll(query);
    r.onsuccess = () => resolve(r.result as T[]);
    r.onerror = () => reject(r.error);
  });

const allKeys = (store: IDBObjectStore, query: IDBKeyRange) =>
  new Promise<IDBValidKey[]>((resolve, reject) => {
    const r = store.getAllKeys(query);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Every key a window owns in the tabs and views stores: `${windowId}/…`. */
const windowRange = (windowId: string) => IDBKeyRange.bound(`${windowId}/`, `${windowId}/\uffff`);

export async function readWindows(): Promise<WindowRecord[]> {
  const db = await openSessionDb();
  return all<WindowRecord>(db.transaction(WINDOWS).objectStore(WINDOWS));
}

export async function readTabs(windowId: string): Promise<EditorTab[]> {
  const db = await openSessionDb();
  const records = await all<TabRecord>(db.transaction(TABS).objectStore(TABS), windowRange(windowId));
  return records.map((x) => x.tab);
}

/** One transaction: the window's order and active tab, the tabs that changed, the tabs that closed. */
export async function writeWindow(win: WindowRecord, changed: EditorTab[], closed: string[]): Promise<void> {
  const db = await openSessionDb();
  const tx = db.transaction([WINDOWS, TABS], 'readwrite');
  tx.objectStore(WINDOWS).put(win, win.id);
  const tabs = tx.objectStore(TABS);
  for (const tab of changed) tabs.put({ windowId: win.id, tab } satisfies TabRecord, `${win.id}/${tab.id}`);
  for (const id of closed) tabs.delete(`${win.id}/${id}`);
  await done(tx);
}

export async function readViews(windowId: string): Promise<Map<string, unknown>> {
  const db = await openSessionDb();
  const store = db.transaction(VIEWS).objectStore(VIEWS);
  const [keys, values] = await Promise.all([allKeys(store, windowRange(windowId)), all<unknown>(store, windowRange(windowId))]);
  return new Map(keys.map((k, i) => [String(k).slice(windowId.length + 1), values[i]]));
}

export async function writeViews(windowId: string, values: ReadonlyMap<string, unknown>): Promise<void> {
  const db = await openSessionDb();
  const tx = db.transaction(VIEWS, 'readwrite');
  for (const [name, value] of values) tx.objectStore(VIEWS).put(value, `${windowId}/${name}`);
  await done(tx);
}

/** A window whose tabs were adopted by another one is forgotten. */
export async function deleteWindow(id: string): Promise<void> {
  const db = await openSessionDb();
  const tx = db.transaction([WINDOWS, TABS, VIEWS], 'readwrite');
  tx.objectStore(WINDOWS).delete(id);
  tx.objectStore(TABS).delete(windowRange(id));
  tx.objectStore(VIEWS).delete(windowRange(id));
  await done(tx);
}
