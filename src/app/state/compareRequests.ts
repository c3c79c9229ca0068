import type { CompareSide } from '../../core/model';
import { createSignal } from './signal';

/**
 * "Compare these two exchanges", asked for by history or the response panel and shown by the
 * compare view that the app shell mounts. Features meet here, not through each other's code.
 */
export interface CompareRequest {
  left: CompareSide;
  right: CompareSide;
}

const compareRequested = createSignal<CompareRequest>();

export const requestCompare = compareRequested.emit;
export const onCompareRequested = compareRequested.listen;
