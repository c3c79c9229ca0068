import { useState } from 'react';
import type { PendingImport } from './backupActions';

/** Importing into a workspace that has data: merge (nothing lost) or replace (confirmed twice). */
export function ImportChoice(props: { pending: PendingImport; onChoose: (mode: 'merge' | 'replace') => void; onCancel: () => void }) {
  const [confirmReplace, setConfirmReplace] = useState(false);
  const { existing, backup } = props.pending;
  return (
    <div role="alertdialog" aria-label="Import into a non-empty workspace" className="rl-confirm">
      <p>
        This workspace already has {existing.collections} collections, {existing.environments} environments and {existing.history} history
        entries. The file has {backup.collections.length} collections, {backup.environments.length} environments
        {backup.history ? ` and ${backup.history.length} history entries` : ''}.
      </p>
      {confirmReplace ? (
        <>
          <p>
            <strong>Replace deletes everything in this workspace</strong> and puts the file’s content in its place. Export a backup first if you
            may need it.
          </p>
          <button type="button" onClick={() => props.onChoose('replace')}>
            Replace workspace
          </button>
          <button type="button" onClick={() => setConfirmReplace(false)}>
            Back
          </button>
        </>
      ) : (
        <>
          <p>Merge keeps everything here and adds the file’s items (changed ones as copies marked “(imported)”).</p>
          <button type="button" autoFocus onClick={() => props.onChoose('merge')}>
            Merge
          </button>
          <button type="button" onClick={() => setConfirmReplace(true)}>
            Replace…
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
