import type { QueryClient } from '@tanstack/react-query';

/**
 * The app's QueryClient, bound by the first workspace component to mount, so code outside React
 * (the prepare context provider, the history recorder) reads the same cache as the UI.
 */
let bound: QueryClient | null = null;
const waiting = new Set<(client: QueryClient) => void>();

export function bindQueryClient(client: QueryClient): void {
  bound = client;
  for (const listener of waiting) listener(client);
  waiting.clear();
}

/** Calls `listener` with the client: now if it is bound, else when it is. */
export function whenQueryClientBound(listener: (client: QueryClient) => void): void {
  if (bound) listener(bound);
  else waiting.add(listener);
}

export function getBoundQueryClient(): QueryClient | null {
  return bound;
}
