import { tabsStore, type EditorTab, type TabsState } from '../tabsStore';
import { missingFiles, persistableTab } from './persistableTab';
import { readTabs, readWindows, writeWindow } from './sessionDb';
import { claimWindow } from './windowIdentity';
import { loadViewState } from './viewState';
import { onPageHidden } from './onPageHidden';

/** Typing is written this long after the last key, and at least this often while typing goes on. */
const QUIET_MS = 300;
const MAX_WAIT_MS = 1000;

function restoredNotice(tab: EditorTab): EditorTab {
  const files = missingFiles(tab.request);
  if (files.length === 0) return tab;
  const names = files.map((n) => `“${n}”`).join(', ');
  return { ...tab, notice: `Choose ${files.length === 1 ? 'the file' : 'the files'} ${names} again: browsers do not keep chosen files across a reload.` };
}

/**
 * Keeps this window's open tabs, their order, the active tab and every unsaved edit in IndexedDB
 * as they change, and brings them back when the page loads again (reload, browser restart, crash).
 */
export async function installTabsPersistence(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const { id, adopted } = await claimWindow();
  await loadViewState(id);
  if (adopted) {
    const [tabs, windows] = await Promise.all([readTabs(id), readWindows()]);
    const win = windows.find((w) => w.id === id);
    if (tabs.length > 0) {
      const order = new Map((win?.order ?? []).map((tabId, i) => [tabId, i]));
      tabs.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
      tabsStore.restore(tabs.map(restoredNotice), win?.activeId);
    }
  }

  let written = new Map<string, EditorTab>(tabsStore.getState().tabs.map((t) => [t.id, t]));
  let writtenActive = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let writing: Promise<void> = Promise.resolve();

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    firstPending = 0;
    const state: TabsState = tabsStore.getState();
    const changed = state.tabs.filter((t) => written.get(t.id) !== t);
    const open = new Set(state.tabs.map((t) => t.id));
    const closed = [...written.keys()].filter((k) => !open.has(k));
    if (changed.length === 0 && closed.length === 0 && writtenActive === state.activeId) return;
    written = new Map(state.tabs.map((t) => [t.id, t]));
    writtenActive = state.activeId;
    const win = { id, updatedAt: Date.now(), activeId: state.activeId, order: state.tabs.map((t) => t.id) };
    // Writes are chained so an older state never lands after a newer one.
    writing = writing.then(() => writeWindow(win, changed.map(persistableTab), closed)).catch(() => undefined);
  };

  const schedule = () => {
    const now = Date.now();
    firstPending ||= now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(QUIET_MS, firstPending + MAX_WAIT_MS - now)));
  };

  // Everything restored (and the fresh tab when nothing was) is written once, so a crash right
  // after start still finds this window.
  written = new Map();
  flush();
  tabsStore.subscribe(schedule);
  onPageHidden(flush);
}
