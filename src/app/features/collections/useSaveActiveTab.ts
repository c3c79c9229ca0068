import { useCallback, useEffect } from 'react';
import type { RequestModel, StoredNode } from '../../../core/model';
import { tabsStore } from '../../state/tabsStore';
import { useActiveTab } from '../../state/useActiveTab';
import { saveRequest } from './collectionMutations';
import { savedNodeOf } from './openInTab';

/**
 * "Save" for the active tab: over its saved item when it has one, otherwise asks where (Save as).
 * Ctrl/Cmd+S does the same.
 */
export function useSaveActiveTab(nodes: StoredNode[] | undefined, askWhere: () => void) {
  const tab = useActiveTab();
  const savedNode = savedNodeOf(tab, nodes);

  const save = useCallback(async () => {
    if (!savedNode) {
      askWhere();
      return;
    }
    const tabId = tab.id;
    const sent: RequestModel = tab.request;
    try {
      const saved = await saveRequest(savedNode, sent);
      // Only clear the dirty mark if nothing was typed while saving.
      if (tabsStore.getTab(tabId)?.request === sent) tabsStore.markSaved(tabId, saved);
    } catch {
      // The store already showed what was not saved; the tab stays dirty with the edits.
    }
  }, [savedNode, tab, askWhere]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  return { save, tab, savedNode };
}
