import { sameTabEdit, type TabEdit, type TabsState } from './tabsStore';
import { useTabsSelection } from './useTabsSelection';

export interface OpenTabs {
  tabs: readonly TabEdit[];
  activeId: string;
}

const openTabs = (s: TabsState): OpenTabs => s;
const sameOpenTabs = (a: OpenTabs, b: OpenTabs) =>
  a.activeId === b.activeId && a.tabs.length === b.tabs.length && a.tabs.every((t, i) => sameTabEdit(t, b.tabs[i]!));

/** The open tabs as the tab bar sees them: a send ending in one of them re-renders none. */
export function useOpenTabs(): OpenTabs {
  return useTabsSelection(openTabs, sameOpenTabs);
}
