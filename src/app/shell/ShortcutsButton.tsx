import { lazy, Suspense, useCallback, useState } from 'react';
import Keyboard from 'lucide-react/icons/keyboard';
import { useShortcutSheetKey } from './useShortcutSheetKey';

const ShortcutSheet = lazy(() => import('./ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })));

/** The top bar's way to the shortcut sheet; "?" opens it too. The sheet loads when first asked for. */
export function ShortcutsButton() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useShortcutSheetKey(show);
  return (
    <>
      <button type="button" className="rl-toolbar-button" onClick={show} title="Keyboard shortcuts (?)" aria-keyshortcuts="?">
        <Keyboard size={16} aria-hidden="true" />
        <span>Shortcuts</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutSheet onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
