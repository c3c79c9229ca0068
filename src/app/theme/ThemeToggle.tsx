import { setThemePreference, type ThemePreference } from './themeStore';
import { useThemePreference } from './useThemePreference';

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function ThemeToggle() {
  const preference = useThemePreference();
  return (
    <label className="rl-theme-toggle">
      <span>Theme</span>
      <select value={preference} onChange={(e) => setThemePreference(e.target.value as ThemePreference)}>
        {(Object.keys(LABELS) as ThemePreference[]).map((p) => (
          <option key={p} value={p}>
            {LABELS[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
