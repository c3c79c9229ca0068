import { sameSavedRequest } from '../../../core/workspace/requestChanges';
import { getWorkspaceStore } from '../../storage/instance';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';

let installed = false;

/**
 * Open tabs learn of a save made in another window (the store's change feed rides a BroadcastChannel):
 * a tab without edits shows the new version; a tab with edits is marked, and its Save asks.
 */
export function followSavesElsewhere(): void {
  if (installed) return;
  installed = true;
  const store = getWorkspaceStore();
  store.changes.subscribe((change, remote) => {
    if (!remote || change.area !== 'nodes') return;
    const open = tabsStore.getState().tabs.filter((t) => t.origin?.kind === SAVED_REQUEST_ORIGIN && (change.ids === null || change.ids.includes(t.origin.id)));
    if (open.length === 0) return;
    void store
      .getNodes(open.map((t) => t.origin!.id))
      .then((fresh) => {
        fresh.forEach((node, i) => {
          const tab = tabsStore.getTab(open[i]!.id);
          if (!tab || node?.kind !== 'request') return;
          if (sameSavedRequest(node.request, tab.base ?? tab.request)) return;
          if (!tab.dirty) tabsStore.markSaved(tab.id, node.request);
          else tabsStore.markSavedElsewhere(tab.id);
        });
      })
      .catch(() => undefined);
  });
}
