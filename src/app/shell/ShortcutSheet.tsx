import { ModalDialog } from '../components/ModalDialog';
import { SHORTCUT_GROUPS } from './shortcuts';
import './shell.css';

/** The list of keyboard shortcuts. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog
      title="Keyboard shortcuts"
      onClose={onClose}
      className="rl-shortcut-sheet"
      headerExtra={
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      }
    >
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
    </ModalDialog>
  );
}
