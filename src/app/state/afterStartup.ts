/**
 * Work that the first screen does not show (prefetched views, the senders, the workspace panels'
 * code) waits for the first idle period after that screen is committed. An idle callback alone is
 * not enough: the page is idle too while it waits for IndexedDB before its first render, and work
 * started then delays the URL field.
 */
let started = false;
const waiting: (() => void)[] = [];

/** Called once by the app shell after its first commit. */
export function markAppStarted(): void {
  if (started) return;
  started = true;
  for (const schedule of waiting.splice(0)) schedule();
}

/** Runs `work` in the first idle period after start-up (or after `timeoutMs` of a busy page). */
export function whenIdleAfterStart(work: () => void, timeoutMs = 3000): void {
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
    else setTimeout(work, 200);
  };
  if (started) schedule();
  else waiting.push(schedule);
}

export function idleAfterStart(): Promise<void> {
  return new Promise((resolve) => whenIdleAfterStart(resolve));
}

/** For tests: forget that the app started. */
export function resetAppStartedForTests(): void {
  started = false;
  waiting.length = 0;
}
