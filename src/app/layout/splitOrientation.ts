import { useSyncExternalStore } from 'react';

/** Stacked puts the response below the request; beside puts it to the right. */
export type SplitOrientation = 'stacked' | 'beside';

const KEY = 'reqlab.split.orientation';
let orientation: SplitOrientation = globalThis.localStorage?.getItem(KEY) === 'beside' ? 'beside' : 'stacked';
const listeners = new Set<() => void>();

export function setSplitOrientation(next: SplitOrientation): void {
  orientation = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // no storage: the choice holds for this page
  }
  listeners.forEach((listener) => listener());
}

export function useSplitOrientation(): SplitOrientation {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => orientation,
  );
}
