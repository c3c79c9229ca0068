import type { RunTarget } from '../../state/runRequests';
import type { RunSession } from './runSession';

/** The last run of each collection or folder in this page, so closing the runner does not lose its results. */
const runs = new Map<string, RunSession>();

export const targetKey = (t: RunTarget) => `${t.collectionId}/${t.folderId ?? ''}`;

export function lastRun(target: RunTarget): RunSession | undefined {
  return runs.get(targetKey(target));
}

export function keepRun(target: RunTarget, session: RunSession): void {
  runs.set(targetKey(target), session);
}
