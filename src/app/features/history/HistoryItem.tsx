import type { HistoryHead } from '../../../core/model';

function statusText(head: HistoryHead): string {
  if (head.status !== undefined) return String(head.status);
  return head.errorCode ? head.errorCode.toLowerCase() : '—';
}

function time(ts: number): string {
  const d = new Date(ts);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** One history entry: restore (the main button), resend, delete. */
export function HistoryItem(props: { head: HistoryHead; onRestore: () => void; onResend: () => void; onDelete: () => void }) {
  const { head } = props;
  const label = `${head.method} ${head.url}`;
  const cls = head.status === undefined ? 'err' : `${Math.floor(head.status / 100)}xx`;
  return (
    <div className="rl-history-item" role="listitem">
      <button type="button" className="rl-history-main" aria-label={`Open ${label}`} onClick={props.onRestore} title={`Open ${label} in a new tab`}>
        <span className="rl-history-method">{head.method}</span>
        <span className="rl-history-url">{head.url}</span>
        <span className={`rl-history-status rl-status-${cls}`}>{statusText(head)}</span>
        <span className="rl-history-time">{time(head.createdAt)}</span>
      </button>
      <button type="button" aria-label={`Resend ${label}`} title="Resend" onClick={props.onResend}>
        ↻
      </button>
      <button type="button" aria-label={`Delete ${label}`} title="Delete" onClick={props.onDelete}>
        ×
      </button>
    </div>
  );
}
