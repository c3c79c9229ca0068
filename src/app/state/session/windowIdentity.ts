import { newId } from '../../../core/model';
import { readWindows } from './sessionDb';

const KEY = 'reqlab-window';
const lockName = (id: string) => `reqlab-window:${id}`;

/** Holds the window's lock for the page's life: other windows see that its tabs are in use. */
function holdLock(id: string): Promise<boolean> {
  return new Promise((resolve) => {
    if (!navigator.locks) return resolve(true);
    void navigator.locks.request(lockName(id), { ifAvailable: true }, (lock) => {
      resolve(!!lock);
      return lock ? new Promise<void>(() => undefined) : undefined;
    });
  });
}

/**
 * Which saved window this page continues. A reload keeps its id (sessionStorage is per tab and
 * survives reloads); a page opened fresh (a new browser tab, or the browser restarted after a
 * crash) takes the most recently used window that no open page holds, so its drafts come back;
 * otherwise it starts a window of its own. Two pages never share a window, so neither
 * overwrites the other's drafts.
 */
export async function claimWindow(): Promise<{ id: string; adopted: boolean }> {
  const own = sessionStorage.getItem(KEY);
  if (own && (await holdLock(own))) return { id: own, adopted: true };
  const windows = (await readWindows().catch(() => [])).sort((a, b) => b.updatedAt - a.updatedAt);
  for (const w of windows) {
    if (await holdLock(w.id)) {
      sessionStorage.setItem(KEY, w.id);
      return { id: w.id, adopted: true };
    }
  }
  const id = newId();
  await holdLock(id);
  sessionStorage.setItem(KEY, id);
  return { id, adopted: false };
}
