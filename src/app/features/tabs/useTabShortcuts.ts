import { useEffect } from 'react';
import { tabsStore } from '../../state/tabsStore';

/**
 * Tab shortcuts the browser leaves to the page: Alt+T (or Ctrl/Cmd+Alt+T) opens a tab, Alt+W (or
 * Ctrl/Cmd+Alt+W) closes the active one, Alt+PageDown/PageUp move to the next/previous tab. Ctrl/Cmd+T
 * and +W still work where the browser lets them through (an installed app window); in a normal
 * window Ctrl/Cmd+W closes the browser's own tab, so it cannot be the only way. `code`, not `key`:
 * Alt on a Mac types "∑" for W.
 */
export function useTabShortcuts(requestClose: (id: string) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.shiftKey) return;
      const withAlt = e.altKey;
      const withCtrlOnly = (e.ctrlKey || e.metaKey) && !e.altKey;
      if (!withAlt && !withCtrlOnly) return;
      if (e.code === 'KeyT') {
        e.preventDefault();
        tabsStore.openTab();
      } else if (e.code === 'KeyW') {
        e.preventDefault();
        requestClose(tabsStore.getState().activeId);
      } else if (withAlt && !e.ctrlKey && !e.metaKey && (e.code === 'PageDown' || e.code === 'PageUp')) {
        e.preventDefault();
        const { tabs, activeId } = tabsStore.getState();
        const index = tabs.findIndex((t) => t.id === activeId);
        const next = tabs[(index + (e.code === 'PageDown' ? 1 : -1) + tabs.length) % tabs.length];
        if (next) tabsStore.activate(next.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [requestClose]);
}
