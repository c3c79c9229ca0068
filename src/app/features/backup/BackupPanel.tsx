import { useState } from 'react';
import { applyBackup, downloadBackup, readBackupFile, type PendingImport } from './backupActions';
import { ImportChoice } from './ImportChoice';

/** Export the whole workspace as one JSON file, and import it back. */
export function BackupPanel() {
  const [includeHistory, setIncludeHistory] = useState(true);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [includeCookies, setIncludeCookies] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const doImport = async (p: PendingImport, mode: 'merge' | 'replace') => {
    setPending(null);
    try {
      const s = await applyBackup(p.backup, mode);
      setError(null);
      setMessage(
        `Imported ${s.collections} collections, ${s.environments} environments and ${s.history} history entries` +
          (s.skippedIdentical ? `; ${s.skippedIdentical} identical items skipped` : '') +
          (s.copies ? `; ${s.copies} changed items added as copies` : '') +
          '.',
      );
    } catch (e) {
      fail(e);
    }
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    setError(null);
    try {
      const p = await readBackupFile(await file.text());
      if (p.needsChoice) setPending(p);
      else await doImport(p, 'merge');
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div className="rl-panel rl-backup">
      <h2 className="rl-panel-title">Backup</h2>
      <label className="rl-inline">
        <input type="checkbox" checked={includeHistory} onChange={(e) => setIncludeHistory(e.target.checked)} /> Include history
      </label>
      <label className="rl-inline">
        <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} /> Include secret values
      </label>
      <label className="rl-inline">
        <input type="checkbox" checked={includeCookies} onChange={(e) => setIncludeCookies(e.target.checked)} /> Include cookies
      </label>
      <div className="rl-toolbar">
        <button type="button" onClick={() => void downloadBackup({ includeHistory, includeSecrets, includeCookies }).then(() => setMessage('Backup exported.'), fail)}>
          Export workspace
        </button>
        <label className="rl-file-button">
          Import workspace
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import workspace file"
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {pending && <ImportChoice pending={pending} onChoose={(mode) => void doImport(pending, mode)} onCancel={() => setPending(null)} />}
      {message && <p role="status">{message}</p>}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
