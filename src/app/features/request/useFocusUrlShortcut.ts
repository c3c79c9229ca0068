import { useEffect } from 'react';
import { focusUrlField } from '../../state/focusUrl';

/** Ctrl/Cmd+L focuses the URL and selects it, as in a browser's address bar. */
export function useFocusUrlShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === 'l' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && focusUrlField()) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
