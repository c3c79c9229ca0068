import { useSyncExternalStore } from 'react';

/** What a cURL paste into the URL bar left out (or why it failed), per tab, until dismissed. */
export interface PasteNote {
  kind: 'notes' | 'error';
  text: string;
  details: string[];
}

let notes = new Map<string, PasteNote>();
const listeners = new Set<() => void>();

export function setPasteNote(tabId: string, note: PasteNote | null): void {
  const next = new Map(notes);
  if (note) next.set(tabId, note);
  else next.delete(tabId);
  notes = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePasteNote(tabId: string): PasteNote | undefined {
  return useSyncExternalStore(subscribe, () => notes.get(tabId));
}
