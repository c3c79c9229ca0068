/** Longest wait for a frame: a hidden tab paints nothing, and its work must still be done. */
const FALLBACK_MS = 250;

/**
 * Runs `work` once the next frame has been painted (a task queued from its animation frame), so that
 * bookkeeping after a send (history, IndexedDB, caches) never delays the status a person waits for.
 */
export function afterNextPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, FALLBACK_MS);
}
