import { onPageHidden } from './onPageHidden';
import { readViews, writeViews } from './sessionDb';

/**
 * Per-window view state that is not work but is annoying to lose: which folders were open, where
 * the sidebar was scrolled. Loaded with the tabs before the first paint; written a moment after
 * it changes, and when the page is hidden.
 */
const QUIET_MS = 300;

let windowId: string | null = null;
const values = new Map<string, unknown>();
const pending = new Map<string, unknown>();
let timer: ReturnType<typeof setTimeout> | null = null;

export async function loadViewState(id: string): Promise<void> {
  windowId = id;
  const stored = await readViews(id).catch(() => new Map<string, unknown>());
  for (const [name, value] of stored) if (!values.has(name)) values.set(name, value);
  onPageHidden(flushViewState);
}

export function flushViewState(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!windowId || pending.size === 0) return;
  const batch = new Map(pending);
  pending.clear();
  void writeViews(windowId, batch).catch(() => undefined);
}

/** The stored value, when it passes `accept`; otherwise `fallback`. */
export function readViewState<T>(name: string, accept: (value: unknown) => value is T, fallback: T): T {
  const value = values.get(name);
  return accept(value) ? value : fallback;
}

export function writeViewState(name: string, value: unknown): void {
  values.set(name, value);
  pending.set(name, value);
  if (timer) clearTimeout(timer);
  timer = setTimeout(flushViewState, QUIET_MS);
}
