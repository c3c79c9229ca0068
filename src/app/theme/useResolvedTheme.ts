import { useSyncExternalStore } from 'react';
import { getResolvedTheme, subscribeTheme, type ResolvedTheme } from './themeStore';

export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribeTheme, getResolvedTheme);
}
