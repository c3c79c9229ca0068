import type { CompareSide } from '../../core/model';

/**
 * "Compare these two exchanges", asked for by history or the response panel and shown by the
 * compare view that the app shell mounts. Features meet here, not through each other's code.
 */
export interface CompareRequest {
  left: CompareSide;
  right: CompareSide;
}

type Listener = (request: CompareRequest) => void;
const listeners = new Set<Listener>();

export function requestCompare(request: CompareRequest): void {
  for (const listener of listeners) listener(request);
}

export function onCompareRequested(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
