import type { StoredNode, StoredRequestNode } from '../../../core/model';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';

export interface SaveTabsOutcome {
  saved: number;
  /** New requests that have no place yet: they need "Save as…". */
  withoutPlace: number;
  failed: number;
}

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
    const node = nodes.find((n): n is StoredRequestNode => n.kind === 'request' && tab.origin?.kind === SAVED_REQUEST_ORIGIN && n.id === tab.origin.id);
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
