import { createSignal } from './signal';

/**
 * "Save to collection" asked for from outside the collections feature (a history entry): the
 * entry opens in a tab, then this asks the collections panel to show Save as for that tab (by id).
 * Features meet here, in app state, not through each other's code.
 */
const saveAsRequested = createSignal<string>();

export const requestSaveAs = saveAsRequested.emit;
export const onSaveAsRequested = saveAsRequested.listen;
