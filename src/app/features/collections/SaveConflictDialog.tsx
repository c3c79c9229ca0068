import { useEffect, useRef, useState } from 'react';
import type { StoredNode } from '../../../core/model';
import { requestChanges } from '../../../core/workspace/requestChanges';
import { keepBoth, keepMine, takeTheirs, type SaveConflict } from './saveChecked';

function ChangeList({ title, lines }: { title: string; lines: string[] }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {lines.length === 0 ? (
        <p className="rl-note">Nothing.</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The save found the item saved in another window: show both changes, and let the person choose. */
export function SaveConflictDialog({ conflict, nodes, onClose }: { conflict: SaveConflict; nodes: readonly StoredNode[]; onClose: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => first.current?.focus(), []);
  const run = (action: () => Promise<void> | void) => async () => {
    try {
      await action();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work; your edits are still here.');
    }
  };
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="rl-conflict-title"
      className="rl-confirm rl-save-conflict"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <p id="rl-conflict-title">“{conflict.theirs.name}” was saved in another window after you opened it.</p>
      <ChangeList title="Their change" lines={requestChanges(conflict.base, conflict.theirs)} />
      <ChangeList title="Your change" lines={requestChanges(conflict.base, conflict.mine)} />
      {error && (
        <p className="rl-error-text" role="alert">
          {error}
        </p>
      )}
      <div className="rl-toolbar">
        <button type="button" ref={first} onClick={run(() => keepMine(conflict))}>
          Keep mine
        </button>
        <button type="button" onClick={run(() => takeTheirs(conflict))}>
          Take theirs
        </button>
        <button type="button" onClick={run(() => keepBoth(conflict, nodes))}>
          Keep both
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
