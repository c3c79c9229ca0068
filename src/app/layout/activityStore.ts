import { useSyncExternalStore } from 'react';

/** The side panels the activity bar switches between. Learn is one of them, but its state is its hash route. */
export type ActivityId = 'collections' | 'environments' | 'history' | 'interop' | 'cookies' | 'learn';
export type WorkspaceActivity = Exclude<ActivityId, 'learn'>;

export interface ActivityState {
  /** The last workspace panel chosen; shown whenever Learn is closed. */
  panel: WorkspaceActivity;
  /** Folded away: only the activity bar shows. */
  folded: boolean;
}

const KEY = 'reqlab.activity';
const PANELS: readonly WorkspaceActivity[] = ['collections', 'environments', 'history', 'interop', 'cookies'];
const DEFAULT: ActivityState = { panel: 'collections', folded: false };

export function parseActivityState(text: string | null): ActivityState {
  try {
    const value = JSON.parse(text ?? '') as Partial<ActivityState> | null;
    const panel = PANELS.find((p) => p === value?.panel) ?? DEFAULT.panel;
    return { panel, folded: value?.folded === true };
  } catch {
    return DEFAULT;
  }
}

let state: ActivityState = parseActivityState(globalThis.localStorage?.getItem(KEY) ?? null);
const listeners = new Set<() => void>();

export function setActivityState(change: Partial<ActivityState>): void {
  state = { ...state, ...change };
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // no storage: the choice holds for this page
  }
  listeners.forEach((listener) => listener());
}

export function getActivityState(): ActivityState {
  return state;
}

export function useActivityState(): ActivityState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
