import { useSyncExternalStore } from 'react';
import { getActiveEnvironmentId, setActiveEnvironmentId } from '../../storage/preferences';

/** Which environment is active: a per-browser preference, shared by this browser's tabs. */
const listeners = new Set<() => void>();
let current = getActiveEnvironmentId();

function notify() {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('reqlab.')) {
      current = getActiveEnvironmentId();
      notify();
    }
  });
}

export function getActiveEnvironment(): string | null {
  return current;
}

export function setActiveEnvironment(id: string | null): void {
  current = id;
  setActiveEnvironmentId(id);
  notify();
}

/** Calls `listener` after each change of the active environment; returns the way to stop. */
export function onActiveEnvironmentChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useActiveEnvironmentId(): string | null {
  return useSyncExternalStore(
    onActiveEnvironmentChange,
    () => current,
  );
}
