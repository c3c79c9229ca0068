import { useCallback, useEffect, useState } from 'react';
import type { StoredNode } from '../../../core/model';
import { useActiveTabEdit } from '../../state/useActiveTabEdit';
import { savedNodeOf } from './openInTab';
import { saveTabChecked, type SaveConflict } from './saveChecked';

/**
 * "Save" for the active tab: over its saved item when it has one, otherwise asks where (Save as).
 * Ctrl/Cmd+S does the same.
 */
export function useSaveActiveTab(nodes: StoredNode[] | undefined, askWhere: () => void) {
  const tab = useActiveTabEdit();
  const savedNode = savedNodeOf(tab, nodes);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);

  const save = useCallback(async () => {
    if (!savedNode) {
      askWhere();
      return;
    }
    try {
      const result = await saveTabChecked(tab.id, savedNode);
      setConflict(result.kind === 'conflict' ? result.conflict : null);
    } catch {
      // The store already showed what was not saved; the tab stays dirty with the edits.
    }
  }, [savedNode, tab.id, askWhere]);

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

  return { save, tab, savedNode, conflict, closeConflict: useCallback(() => setConflict(null), []) };
}
