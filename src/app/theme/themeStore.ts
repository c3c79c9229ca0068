/** The theme preference: a tiny value, so localStorage is the right place (workspace data is in IndexedDB). */
export type ThemePreference = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

const KEY = 'reqlab.theme';
const listeners = new Set<() => void>();
const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

function readPreference(): ThemePreference {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

let preference = readPreference();

export function getThemePreference(): ThemePreference {
  return preference;
}

export function getResolvedTheme(): ResolvedTheme {
  if (preference !== 'system') return preference;
  return media?.matches ? 'dark' : 'light';
}

export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    if (next === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    // storage refused (private mode): the choice still holds for this page
  }
  applyTheme();
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Puts the resolved theme on <html data-theme> so the CSS variables switch. */
export function applyTheme(): void {
  document.documentElement.dataset.theme = getResolvedTheme();
  for (const l of listeners) l();
}

media?.addEventListener('change', () => {
  if (preference === 'system') applyTheme();
});
