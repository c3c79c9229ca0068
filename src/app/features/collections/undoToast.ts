import { useSyncExternalStore } from 'react';

/** One toast at a time: "Deleted “Books”" with an Undo button. */
export interface Toast {
  id: number;
  message: string;
  undo?: () => Promise<void> | void;
}

let toast: Toast | null = null;
let counter = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function set(next: Toast | null) {
  toast = next;
  for (const l of listeners) l();
}

export function showToast(message: string, undo?: Toast['undo'], durationMs = 10_000): void {
  if (timer) clearTimeout(timer);
  counter += 1;
  set({ id: counter, message, ...(undo ? { undo } : {}) });
  timer = setTimeout(() => set(null), durationMs);
}

export function dismissToast(): void {
  if (timer) clearTimeout(timer);
  set(null);
}

export function useToast(): Toast | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toast,
  );
}
