import { setActivityState } from '../layout/activityStore';
import { createSignal } from './signal';

/**
 * "Save to collection" asked for from outside the collections feature (a history entry): the
 * entry opens in a tab, then this asks the collections panel to show Save as for that tab (by id).
 * Features meet here, in app state, not through each other's code. The side panel switches to
 * Collections, whose panel may mount only then, so the request waits until it is taken.
 */
const saveAsRequested = createSignal<string>();
let pending: string | undefined;

export function requestSaveAs(tabId: string): void {
  pending = tabId;
  setActivityState({ panel: 'collections', folded: false });
  saveAsRequested.emit(tabId);
}

/** The tab waiting for Save as, once: the panel that shows the dialog takes it. */
export function takePendingSaveAs(): string | undefined {
  const tabId = pending;
  pending = undefined;
  return tabId;
}

export const onSaveAsRequested = saveAsRequested.listen;
