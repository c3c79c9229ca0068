import { memo } from 'react';
import type { Execution } from '../../../core/runner';
import { MethodBadge } from '../../components/MethodBadge';

function testCounts(e: Execution) {
  const counted = e.tests.filter((t) => !t.skipped);
  return { passed: counted.filter((t) => t.passed).length, total: counted.length };
}

export function executionFailed(e: Execution): boolean {
  return Boolean(e.error || e.failures.length || e.tests.some((t) => !t.passed && !t.skipped));
}

/** One request of a run: the name opens its exchange; a failure is said in words, not only in colour. */
export const RunRow = memo(function RunRow(props: { execution: Execution; index: number; showIteration: boolean; tabIndex: number; onOpen: (index: number) => void; onFocus: (index: number) => void }) {
  const e = props.execution;
  const { passed, total } = testCounts(e);
  const failed = executionFailed(e);
  const status = e.response ? `${e.response.status} ${e.response.statusText}`.trim() : e.skipped ? 'Skipped' : `Failed: ${e.error?.message ?? 'no answer'}`;
  return (
    <tr className={failed ? 'rl-run-failed' : undefined}>
      {props.showIteration && <td>{e.iteration + 1}</td>}
      <td>
        <button type="button" className="rl-run-open" data-roving tabIndex={props.tabIndex} onFocus={() => props.onFocus(props.index)} onClick={() => props.onOpen(props.index)} title={e.path}>
          {e.prepared && <MethodBadge method={e.prepared.method} />}
          <span>{e.name}</span>
        </button>
      </td>
      <td>{status}</td>
      <td>{e.response ? `${Math.round(e.response.timing.total)} ms` : '—'}</td>
      <td>
        {total === 0 ? '—' : `${passed}/${total}`}
        {failed && <span className="rl-run-flag"> {total > passed ? `${total - passed} failed` : e.failures.length ? 'script error' : 'request failed'}</span>}
      </td>
    </tr>
  );
});
