import { DEFAULT_HISTORY_BODY_CAP } from '../../core/workspace/historyRecord';

/** Tiny per-browser preferences: localStorage is fine for these (never workspace data). */
const KEYS = {
  activeEnvironment: 'reqlab.activeEnvironment',
  historyBodyCap: 'reqlab.historyBodyCap',
  sandboxTour: 'reqlab.sandboxTour',
} as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // A preference that can't be kept only costs a default next time.
  }
}

export function getActiveEnvironmentId(): string | null {
  return read(KEYS.activeEnvironment);
}

export function setActiveEnvironmentId(id: string | null): void {
  write(KEYS.activeEnvironment, id);
}

export function getHistoryBodyCap(): number {
  const value = Number(read(KEYS.historyBodyCap));
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_HISTORY_BODY_CAP;
}

export function setHistoryBodyCap(bytes: number): void {
  write(KEYS.historyBodyCap, String(Math.max(1024, Math.floor(bytes))));
}

/** Whether this browser's workspace was already given the Sandbox tour (so a deleted tour stays deleted). */
export function sandboxTourOffered(): boolean {
  return read(KEYS.sandboxTour) === 'offered';
}

export function markSandboxTourOffered(): void {
  write(KEYS.sandboxTour, 'offered');
}
