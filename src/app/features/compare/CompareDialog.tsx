import { useMemo, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { compareExchanges } from '../../../core/compare';
import type { CompareRequest } from '../../state/compareRequests';
import { BodyDiff } from './BodyDiff';
import { HeadersDiff } from './HeadersDiff';
import './compare.css';

/** Two exchanges side by side: status, headers and body, with what differs marked. */
export function CompareDialog({ request, onClose }: { request: CompareRequest; onClose: () => void }) {
  const comparison = useMemo(() => compareExchanges(request.left, request.right), [request]);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const { left, right } = request;
  const changedHeaders = comparison.headers.filter((h) => h.change !== 'same').length;
  return (
    <ModalDialog
      title="Compare responses"
      onClose={onClose}
      className="rl-compare"
      headerExtra={
        <>
          <label className="rl-check">
            <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />
            Only differences
          </label>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <table className="rl-compare-sides" aria-label="Status">
        <thead>
          <tr>
            <th scope="col">Left (older)</th>
            <th scope="col">Right (newer)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{left.label}</td>
            <td>{right.label}</td>
          </tr>
          <tr className={comparison.status.same ? undefined : 'rl-diff-changed'}>
            <td aria-label={`Left status ${comparison.status.left}`}>{comparison.status.left}</td>
            <td aria-label={`Right status ${comparison.status.right}`}>{comparison.status.right}</td>
          </tr>
        </tbody>
      </table>
      <p className="rl-note" role="status">
        {[
          comparison.status.same ? 'Same status' : 'Status differs',
          changedHeaders === 0 ? 'same headers' : `${changedHeaders} ${changedHeaders === 1 ? 'header differs' : 'headers differ'}`,
          comparison.body.identical ? 'same body' : comparison.body.mode === 'json' ? `${comparison.body.jsonChanges.length} JSON values differ` : 'body differs',
        ].join(', ')}
        .{(left.bodyCut || right.bodyCut) && ' History kept only the first part of a body: the comparison covers what was kept.'}
      </p>
      <HeadersDiff rows={comparison.headers} onlyChanges={onlyChanges} />
      <BodyDiff body={comparison.body} onlyChanges={onlyChanges} />
    </ModalDialog>
  );
}
