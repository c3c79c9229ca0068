import { useSyncExternalStore } from 'react';
import { activeTabOf, tabsStore, type EditorTab } from './tabsStore';

const activeTab = (): EditorTab => activeTabOf(tabsStore.getState());

/** The tab being edited; re-renders only when that tab (or which tab is active) changes. */
export function useActiveTab(): EditorTab {
  return useSyncExternalStore(tabsStore.subscribe, activeTab);
}
