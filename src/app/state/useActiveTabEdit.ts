import { sameTabEdit, type TabEdit, type TabsState } from './tabsStore';
import { useTabsSelection } from './useTabsSelection';

const activeTabEdit = (s: TabsState): TabEdit => s.tabs.find((t) => t.id === s.activeId) ?? s.tabs[0]!;

/** The active tab as its editors see it: re-renders when it is edited or another tab is chosen, not when a send ends. */
export function useActiveTabEdit(): TabEdit {
  return useTabsSelection(activeTabEdit, sameTabEdit);
}
