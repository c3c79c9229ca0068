import type { QueryClient } from '@tanstack/react-query';

/**
 * The app's QueryClient, bound by the first workspace component to mount, so code outside React
 * (the prepare context provider, the history recorder) reads the same cache as the UI.
 */
let bound: QueryClient | null = null;

export function bindQueryClient(client: QueryClient): void {
  bound = client;
}

export function getBoundQueryClient(): QueryClient | null {
  return bound;
}
