/**
 * "Open the import dialog (with this file)": sent by the sidebar drop handler, which is in the
 * entry bundle, to the import panel, which loads later. The request waits until the panel takes it.
 */
export interface ImportRequest {
  file?: File;
}

let waiting: ImportRequest | null = null;
const listeners = new Set<() => void>();

export function requestImport(request: ImportRequest = {}): void {
  waiting = request;
  for (const l of listeners) l();
}

/** Takes the waiting request (only one consumer gets it). */
export function takeImportRequest(): ImportRequest | null {
  const r = waiting;
  waiting = null;
  return r;
}

export function onImportRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
