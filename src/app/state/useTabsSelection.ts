import { useCallback, useRef, useSyncExternalStore } from 'react';
import { tabsStore, type TabsState } from './tabsStore';

/**
 * A part of the tabs state that re-renders its component only when `equal` says it changed: a
 * finished send replaces the tab's exchange, and the request editor and the tab bar, which never
 * show it, must not re-render before the response is painted.
 */
export function useTabsSelection<T>(select: (state: TabsState) => T, equal: (a: T, b: T) => boolean): T {
  const last = useRef<{ value: T } | null>(null);
  const snapshot = useCallback(() => {
    const next = select(tabsStore.getState());
    if (last.current && equal(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  }, [select, equal]);
  return useSyncExternalStore(tabsStore.subscribe, snapshot);
}
