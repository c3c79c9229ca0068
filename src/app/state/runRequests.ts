import { createSignal } from './signal';

/**
 * "Run this collection (or folder)", asked for by the collections tree and shown by the runner the
 * app shell mounts. The two features meet here, not through each other's code.
 */
export interface RunTarget {
  collectionId: string;
  /** Run only this folder's requests. */
  folderId?: string;
}

const runRequested = createSignal<RunTarget>();

export const requestRun = runRequested.emit;
export const onRunRequested = runRequested.listen;
