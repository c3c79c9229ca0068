import { activeTabOf, sameTabEdit, type TabEdit } from './tabsStore';
import { useTabsSelection } from './useTabsSelection';

/** The active tab as its editors see it: re-renders when it is edited or another tab is chosen, not when a send ends. */
export function useActiveTabEdit(): TabEdit {
  return useTabsSelection(activeTabOf, sameTabEdit);
}
