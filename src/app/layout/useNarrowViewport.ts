import { useSyncExternalStore } from 'react';

/** Below this width the side panel is an overlay over the request, not a column beside it. */
export const NARROW_QUERY = '(max-width: 799px)';

function media(): MediaQueryList | undefined {
  return typeof window === 'undefined' || !window.matchMedia ? undefined : window.matchMedia(NARROW_QUERY);
}

export function useNarrowViewport(): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = media();
      list?.addEventListener('change', listener);
      return () => list?.removeEventListener('change', listener);
    },
    () => media()?.matches ?? false,
  );
}
