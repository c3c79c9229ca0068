/**
 * "Save to collection" asked for from outside the collections feature (a history entry): the
 * entry opens in a tab, then this asks the collections panel to show Save as for that tab.
 * Features meet here, in app state, not through each other's code.
 */
type Listener = (tabId: string) => void;

const listeners = new Set<Listener>();

export function requestSaveAs(tabId: string): void {
  for (const listener of listeners) listener(tabId);
}

export function onSaveAsRequested(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
