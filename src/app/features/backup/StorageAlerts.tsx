import { useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { dismissStorageAlert, getStorageAlerts, subscribeStorageAlerts, useHistoryHeads } from '../../storage';
import { getWorkspaceStore } from '../../storage/instance';
import { clearHistoryOlderThan } from '../history';
import { downloadText } from '../../components/download';
import { downloadBackup } from './backupActions';

async function downloadQuarantine() {
  const records = await getWorkspaceStore().listQuarantine();
  const safe = JSON.stringify(records, (_k, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v), 1);
  downloadText('reqlab-set-aside-records.json', safe);
}

/**
 * Storage problems, said plainly at the top of the page: what was not saved and what to do.
 * Each alert stays until dismissed.
 */
export function StorageAlerts() {
  const alerts = useSyncExternalStore(subscribeStorageAlerts, getStorageAlerts);
  const heads = useHistoryHeads();
  if (alerts.length === 0) return null;
  // A portal: the banner shows at the top of the page even when the sidebar is hidden (narrow screens).
  return createPortal(
    <div className="rl-storage-alerts">
      {alerts.map((alert) => (
        <div key={alert.id} role="alert" className={`rl-storage-alert rl-storage-${alert.kind}`}>
          <strong>{alert.title}</strong>
          <p>{alert.detail}</p>
          <p>{alert.advice}</p>
          <div className="rl-toolbar">
            {alert.offersRecovery && (
              <>
                <button type="button" onClick={() => void downloadBackup({ includeHistory: false, includeSecrets: true }).catch(() => undefined)}>
                  Export backup
                </button>
                <button type="button" onClick={() => void clearHistoryOlderThan(heads ?? [], 7).catch(() => undefined)}>
                  Clear history older than 7 days
                </button>
              </>
            )}
            {alert.kind === 'quarantined' && (
              <>
                <button type="button" onClick={() => void downloadQuarantine()}>
                  Download set-aside records
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void getWorkspaceStore()
                      .listQuarantine()
                      .then((records) => getWorkspaceStore().discardQuarantined(records.map((r) => `${r.store}/${r.key}`)))
                      .then(() => dismissStorageAlert(alert.id))
                      .catch(() => undefined)
                  }
                >
                  Discard set-aside records
                </button>
              </>
            )}
            <button type="button" onClick={() => dismissStorageAlert(alert.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>,
    document.body,
  );
}
