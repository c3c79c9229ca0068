import { useEffect, useRef } from 'react';
import { SHORTCUT_GROUPS } from './shortcuts';
import './shell.css';

/** The list of keyboard shortcuts, a modal dialog (native `<dialog>`: focus is trapped and Esc closes). */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="rl-shortcut-sheet"
      aria-labelledby="rl-shortcuts-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="rl-shortcut-head">
        <h2 id="rl-shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      {SHORTCUT_GROUPS.map((group) => (
        <table key={group.title} className="rl-shortcut-table">
          <caption>{group.title}</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {group.shortcuts.map((s) => (
              <tr key={s.keys.join('+') + s.does}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </dialog>
  );
}
