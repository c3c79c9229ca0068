import type { StoredNode } from '../../../core/model';
import { tabsStore, type SaveTabsOutcome } from '../../state/tabsStore';
import { savedNodeOf } from './openInTab';

/**
 * Saves each of these tabs over the collection request it edits ("Save all", "Save and close").
 * The mutations load on first use, so the entry stays small.
 */
export async function saveTabs(tabIds: string[], nodes: readonly StoredNode[]): Promise<SaveTabsOutcome> {
  const { saveRequest } = await import('./collectionMutations');
  const outcome: SaveTabsOutcome = { saved: 0, withoutPlace: 0, failed: 0 };
  for (const id of tabIds) {
    const tab = tabsStore.getTab(id);
    if (!tab?.dirty) continue;
    const node = savedNodeOf(tab, nodes);
    if (!node) {
      outcome.withoutPlace++;
      continue;
    }
    const sent = tab.request;
    try {
      const saved = await saveRequest(node, sent);
      if (tabsStore.getTab(id)?.request === sent) tabsStore.markSaved(id, saved);
      outcome.saved++;
    } catch {
      outcome.failed++; // the store shows what was not saved; the tab keeps its edits
    }
  }
  return outcome;
}
