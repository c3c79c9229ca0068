import { useSyncExternalStore } from 'react';
import { tabsStore, type TabsState } from './tabsStore';

export function useTabsState(): TabsState {
  return useSyncExternalStore(tabsStore.subscribe, tabsStore.getState);
}
