import { useSyncExternalStore } from 'react';
import type { RunSession, RunSnapshot } from './runSession';

/** The latest snapshot of a run, re-rendering when the run publishes one. */
export function useRunSnapshot(session: RunSession): RunSnapshot {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}
