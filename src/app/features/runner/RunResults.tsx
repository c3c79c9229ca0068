import { useCallback } from 'react';
import Download from 'lucide-react/icons/download';
import Square from 'lucide-react/icons/square';
import { junitReport, runJsonReport, runSummary } from '../../../core/runner';
import { downloadText, fileNameFor } from '../../components/download';
import { useRovingFocus } from '../../components/useRovingFocus';
import type { RunSession, RunSnapshot } from './runSession';
import { RunRow } from './RunRow';
import { useRunSnapshot } from './useRunSnapshot';

const ENDED: Record<Exclude<RunSnapshot['status'], 'running'>, string> = {
  finished: 'Run finished',
  cancelled: 'Run cancelled',
  bailed: 'Run stopped at the first failure',
  failed: 'Run could not go on',
};

function summaryLine(snapshot: RunSnapshot): string {
  const s = runSummary(snapshot.executions);
  const head = snapshot.status === 'running' ? 'Running' : ENDED[snapshot.status];
  const seconds = ((snapshot.finishedAt ?? Date.now()) - snapshot.startedAt) / 1000;
  const parts = [`${s.requests} ${s.requests === 1 ? 'request' : 'requests'}`, `${s.passed} of ${s.passed + s.failed} tests passed`];
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.failedRequests) parts.push(`${s.failedRequests} requests failed`);
  if (s.scriptErrors) parts.push(`${s.scriptErrors} script errors`);
  return `${head}: ${parts.join(', ')}${snapshot.status === 'running' ? '' : ` in ${seconds.toFixed(1)} s`}.`;
}

/** A run as it goes: a summary, Cancel, the live table, and the reports once it has ended. */
export function RunResults(props: { title: string; session: RunSession; onOpen: (index: number) => void }) {
  const snapshot = useRunSnapshot(props.session);
  const { executions } = snapshot;
  const roving = useRovingFocus(executions.length, 'vertical');
  const { onOpen } = props;
  const open = useCallback((i: number) => onOpen(i), [onOpen]);
  const focus = roving.onItemFocus;
  const showIteration = snapshot.iterations > 1;
  const ended = snapshot.status !== 'running';
  const result = snapshot.result ?? { executions: [...executions], environment: [], globals: [], collectionVariables: [] };
  return (
    <section className="rl-run-results" aria-label="Run results">
      <div className="rl-run-bar">
        <p role="status" className="rl-run-summary">
          {summaryLine(snapshot)}
        </p>
        {!ended && (
          <button type="button" onClick={() => props.session.cancel()}>
            <Square size={14} aria-hidden="true" />
            Cancel run
          </button>
        )}
        {ended && executions.length > 0 && (
          <>
            <button type="button" onClick={() => downloadText(fileNameFor(props.title, '.run.json'), runJsonReport(props.title, result))}>
              <Download size={14} aria-hidden="true" />
              Export JSON
            </button>
            <button type="button" onClick={() => downloadText(fileNameFor(props.title, '.junit.xml'), junitReport(props.title, result), 'application/xml')}>
              <Download size={14} aria-hidden="true" />
              Export JUnit XML
            </button>
          </>
        )}
      </div>
      {snapshot.error && (
        <p role="alert" className="rl-error-text">
          {snapshot.error}
        </p>
      )}
      {executions.length > 0 && (
        <div className="rl-run-scroll" tabIndex={-1}>
          <table className="rl-run-table" aria-label="Requests run">
            <thead>
              <tr>
                {showIteration && <th scope="col">Iteration</th>}
                <th scope="col">Request</th>
                <th scope="col">Status</th>
                <th scope="col">Time</th>
                <th scope="col">Tests</th>
              </tr>
            </thead>
            <tbody onKeyDown={roving.onKeyDown}>
              {executions.map((e, i) => (
                <RunRow key={i} execution={e} index={i} showIteration={showIteration} tabIndex={roving.tabIndexFor(i)} onOpen={open} onFocus={focus} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
