import type { RequestModel, StoredNode, StoredRequestNode } from '../../../core/model';
import { sameSavedRequest } from '../../../core/workspace/requestChanges';
import { getWorkspaceStore } from '../../storage/instance';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';
import { saveRequest, saveRequestAs } from './collectionMutations';

/** A save that found the stored item changed since the tab opened it (another window saved it). */
export interface SaveConflict {
  tabId: string;
  node: StoredRequestNode;
  /** The version the tab started from, mine (the tab's edits) and theirs (stored now). */
  base: RequestModel;
  mine: RequestModel;
  theirs: RequestModel;
}

export type CheckedSave = { kind: 'saved' } | { kind: 'conflict'; conflict: SaveConflict };

function markSavedIfUnchanged(tabId: string, sent: RequestModel, saved: RequestModel): void {
  // Only clear the dirty mark if nothing was typed while saving.
  if (tabsStore.getTab(tabId)?.request === sent) tabsStore.markSaved(tabId, saved);
}

/**
 * Saves a tab over its saved item unless the stored item is no longer the version the tab started
 * from: then nothing is written and the conflict is returned for the person to decide.
 * Rejects when the write fails (the store has shown why; the tab keeps its edits).
 */
export async function saveTabChecked(tabId: string, node: StoredRequestNode): Promise<CheckedSave> {
  const tab = tabsStore.getTab(tabId);
  if (!tab) return { kind: 'saved' };
  const sent = tab.request;
  const [stored] = await getWorkspaceStore().getNodes([node.id]);
  const fresh = stored?.kind === 'request' ? stored : node;
  if (tab.base && !sameSavedRequest(fresh.request, tab.base) && !sameSavedRequest(fresh.request, sent)) {
    return { kind: 'conflict', conflict: { tabId, node: fresh, base: tab.base, mine: sent, theirs: fresh.request } };
  }
  markSavedIfUnchanged(tabId, sent, await saveRequest(fresh, sent));
  return { kind: 'saved' };
}

/** Keep mine: my version replaces theirs, which the person has seen. */
export async function keepMine(c: SaveConflict): Promise<void> {
  markSavedIfUnchanged(c.tabId, c.mine, await saveRequest(c.node, c.mine));
}

/** Take theirs: the tab drops its edits and shows the stored version. */
export function takeTheirs(c: SaveConflict): void {
  tabsStore.markSaved(c.tabId, structuredClone(c.theirs));
}

/** Keep both: theirs stays; mine is saved beside it as a new request, which the tab now edits. */
export async function keepBoth(c: SaveConflict, nodes: readonly StoredNode[]): Promise<void> {
  const parent = nodes.find((n) => n.id === c.node.parentId);
  if (!parent) throw new Error('The folder of this request is gone; use Save as… to choose a place.');
  const saved = await saveRequestAs(nodes, parent, c.mine, `${c.mine.name} (my copy)`);
  tabsStore.markSaved(c.tabId, saved, { kind: SAVED_REQUEST_ORIGIN, id: saved.id });
}
