import { useCallback, useState } from 'react';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';

/**
 * Closing a tab that edits a saved request with unsaved changes asks first; any other tab closes
 * at once. Returns the tab awaiting an answer, and the ways to answer.
 */
export function useCloseTab() {
  const [asking, setAsking] = useState<string | null>(null);
  const requestClose = useCallback((id: string) => {
    const tab = tabsStore.getTab(id);
    if (tab?.dirty && tab.origin?.kind === SAVED_REQUEST_ORIGIN) setAsking(id);
    else tabsStore.closeTab(id);
  }, []);
  const answer = useCallback(
    (choice: 'discard' | 'cancel') => {
      if (asking && choice === 'discard') tabsStore.closeTab(asking);
      setAsking(null);
    },
    [asking],
  );
  return { asking, requestClose, answer };
}
