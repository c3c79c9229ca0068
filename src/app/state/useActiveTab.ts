import { useSyncExternalStore } from 'react';
import { tabsStore, type EditorTab } from './tabsStore';

function activeTab(): EditorTab {
  const s = tabsStore.getState();
  return s.tabs.find((t) => t.id === s.activeId) ?? s.tabs[0]!;
}

/** The tab being edited; re-renders only when that tab (or which tab is active) changes. */
export function useActiveTab(): EditorTab {
  return useSyncExternalStore(tabsStore.subscribe, activeTab);
}
