import { useSyncExternalStore } from 'react';
import { getThemePreference, subscribeTheme, type ThemePreference } from './themeStore';

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribeTheme, getThemePreference);
}
