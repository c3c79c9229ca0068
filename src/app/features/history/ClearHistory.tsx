import { useState } from 'react';
import type { HistoryHead } from '../../../core/model';
import { getHistoryBodyCap, setHistoryBodyCap } from '../../storage';
import { clearAllHistory, clearHistoryOlderThan } from './historyActions';

/** Clear all (after confirmation), clear old entries, and the body size cap. */
export function ClearHistory(props: { heads: readonly HistoryHead[] }) {
  const [confirming, setConfirming] = useState(false);
  const [capKb, setCapKb] = useState(() => Math.round(getHistoryBodyCap() / 1024));
  const count = props.heads.length;
  return (
    <div className="rl-history-footer">
      <div className="rl-toolbar">
        <button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
          Clear history
        </button>
        <button type="button" disabled={count === 0} onClick={() => void clearHistoryOlderThan(props.heads, 7).catch(() => undefined)}>
          Clear older than 7 days
        </button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-label="Clear history" className="rl-confirm">
          <p>
            Delete all {count} history entries? Saved collections and environments are not touched. This cannot be undone.
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              void clearAllHistory().catch(() => undefined);
            }}
          >
            Delete all history
          </button>
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      <label className="rl-field rl-inline">
        <span>Keep response bodies up to (KB)</span>
        <input
          type="number"
          min={1}
          value={capKb}
          onChange={(e) => {
            const kb = Math.max(1, Number(e.target.value) || 1);
            setCapKb(kb);
            setHistoryBodyCap(kb * 1024);
          }}
        />
      </label>
    </div>
  );
}
