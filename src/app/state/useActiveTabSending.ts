import { useSyncExternalStore } from 'react';
import { tabsStore } from './tabsStore';

function activeTabSending(): boolean {
  const s = tabsStore.getState();
  return (s.tabs.find((t) => t.id === s.activeId) ?? s.tabs[0]!).exchange.status === 'sending';
}

/** Whether the active tab shows a running send (Send becomes Cancel). */
export function useActiveTabSending(): boolean {
  return useSyncExternalStore(tabsStore.subscribe, activeTabSending);
}
