import type { StoredNode } from '../../../core/model';
import { tabsStore, type SaveTabsOutcome } from '../../state/tabsStore';
import { savedNodeOf } from './openInTab';

/**
 * Saves each of these tabs over the collection request it edits ("Save all", "Save and close").
 * The mutations load on first use, so the entry stays small.
 */
export async function saveTabs(tabIds: string[], nodes: readonly StoredNode[]): Promise<SaveTabsOutcome> {
  const { saveTabChecked } = await import('./saveChecked');
  const outcome: SaveTabsOutcome = { saved: 0, withoutPlace: 0, failed: 0, conflicts: 0 };
  for (const id of tabIds) {
    const tab = tabsStore.getTab(id);
    if (!tab?.dirty) continue;
    const node = savedNodeOf(tab, nodes);
    if (!node) {
      outcome.withoutPlace++;
      continue;
    }
    try {
      const result = await saveTabChecked(id, node);
      if (result.kind === 'saved') outcome.saved++;
      else {
        // Saved in another window meanwhile: not overwritten; the tab's own Save shows both changes.
        tabsStore.markSavedElsewhere(id);
        outcome.conflicts++;
      }
    } catch {
      outcome.failed++; // the store shows what was not saved; the tab keeps its edits
    }
  }
  return outcome;
}
