/**
 * Runs `flush` when the page may be about to go (hidden, or being unloaded): the last moment a
 * pending write can still start.
 */
export function onPageHidden(flush: () => void): void {
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}
