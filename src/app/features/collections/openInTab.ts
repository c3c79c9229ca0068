import type { RequestModel } from '../../../core/model';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';

export const COLLECTION_ORIGIN = SAVED_REQUEST_ORIGIN;

/** Opens a saved request in a tab, or focuses the tab that already has it. */
export function openSavedRequest(request: RequestModel): void {
  const open = tabsStore.getState().tabs.find((t) => t.origin?.kind === COLLECTION_ORIGIN && t.origin.id === request.id);
  if (open) tabsStore.activate(open.id);
  else tabsStore.openTab(structuredClone(request), { kind: COLLECTION_ORIGIN, id: request.id });
}
