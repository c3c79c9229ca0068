/**
 * A lazily imported module (or anything built from one), loaded on first call and kept: later calls
 * get the same settled promise, so awaiting it costs a microtask, where a repeated `import()` of a
 * loaded module yields to a task (and a frame can be painted in between). A failed load is
 * forgotten, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}
