import { useEffect } from 'react';
import { tabsStore } from '../../state/tabsStore';

/**
 * Ctrl/Cmd+T opens a tab, Ctrl/Cmd+W closes the active one. Browsers keep these keys for their own
 * tabs in a normal window (the page never sees them); they work in an installed app window or
 * where the browser lets them through. The "New tab" and "Close tab" buttons always work.
 */
export function useTabShortcuts(requestClose: (id: string) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === 't') {
        e.preventDefault();
        tabsStore.openTab();
      } else if (key === 'w') {
        e.preventDefault();
        requestClose(tabsStore.getState().activeId);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [requestClose]);
}
