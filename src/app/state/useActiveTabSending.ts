import { useSyncExternalStore } from 'react';
import { activeTabOf, tabsStore } from './tabsStore';

const activeTabSending = (): boolean => activeTabOf(tabsStore.getState()).exchange.status === 'sending';

/** Whether the active tab shows a running send (Send becomes Cancel). */
export function useActiveTabSending(): boolean {
  return useSyncExternalStore(tabsStore.subscribe, activeTabSending);
}
