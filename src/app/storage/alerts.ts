import { adviceFor, classify, WriteFailure } from './writeFailure';

/**
 * Storage problems the person must hear about: failed writes, set-aside records, stores that
 * couldn't be read. Kept outside React so the storage layer can report from anywhere.
 */
export interface StorageAlert {
  id: string;
  kind: 'write-failed' | 'quarantined' | 'load-failed';
  title: string;
  detail: string;
  advice: string;
  /** Offer "Export backup" / "Clear old history" buttons. */
  offersRecovery: boolean;
}

type Listener = () => void;

let alerts: readonly StorageAlert[] = [];
const listeners = new Set<Listener>();
let counter = 0;

function emit(next: readonly StorageAlert[]) {
  alerts = next;
  for (const l of listeners) l();
}

export function getStorageAlerts(): readonly StorageAlert[] {
  return alerts;
}

export function subscribeStorageAlerts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pushStorageAlert(alert: Omit<StorageAlert, 'id'>): void {
  // The same problem repeated (every keystroke's save failing) shows once, refreshed.
  const existing = alerts.find((a) => a.kind === alert.kind && a.title === alert.title && a.detail === alert.detail);
  if (existing) return;
  counter += 1;
  emit([...alerts, { ...alert, id: `storage-alert-${counter}` }]);
}

export function dismissStorageAlert(id: string): void {
  emit(alerts.filter((a) => a.id !== id));
}

export function reportWriteFailure(error: unknown, what: string): WriteFailure {
  const failure = error instanceof WriteFailure ? error : new WriteFailure(what, error);
  pushStorageAlert({
    kind: 'write-failed',
    title: `Not saved: ${failure.what}`,
    detail: failure.message,
    advice: adviceFor(failure.kind),
    offersRecovery: true,
  });
  return failure;
}

export function reportQuarantined(store: string, count: number, reasons: string[]): void {
  pushStorageAlert({
    kind: 'quarantined',
    title: `${count} damaged ${count === 1 ? 'record was' : 'records were'} set aside (${store})`,
    detail: `Everything else loaded. Reqlab moved ${count === 1 ? 'it' : 'them'} to a quarantine store instead of deleting: ${reasons
      .slice(0, 3)
      .join(' | ')}`,
    advice: 'Export a backup to keep your work. The set-aside records stay in the quarantine store until you discard them.',
    offersRecovery: false,
  });
}

export function reportLoadFailure(what: string, error: unknown): void {
  const kind = classify(error);
  pushStorageAlert({
    kind: 'load-failed',
    title: `Could not read ${what}`,
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    advice:
      kind === 'unavailable'
        ? 'The browser is not letting this page use storage; changes will not be kept. Export a backup before closing the tab.'
        : 'The rest of the workspace works. Reload to try again; export a backup to keep your work.',
    offersRecovery: kind !== 'unavailable',
  });
}
