import { formatDuration } from '../../../../core/format/duration';
import { BROWSER_TIMING_NOTE, LIFECYCLE_STEPS, unexplainedTime, waterfallSegments } from '../../../../core/http/lifecycle';
import type { ResponseRecord } from '../../../../core/model';

const COLORS: Record<string, string> = {
  dns: 'var(--rl-info)',
  connect: 'var(--rl-accent)',
  tls: 'var(--rl-warning)',
  wait: 'var(--rl-success)',
  download: 'var(--rl-danger)',
  total: 'var(--rl-muted)',
};

/** A waterfall of the request's phases, laid end to end, each explained on hover. */
export function TimingTab({ response }: { response: ResponseRecord }) {
  const t = response.timing;
  const segments = waterfallSegments(t);
  const scale = Math.max(t.total, ...segments.map((s) => s.start + s.duration), 1);
  const other = unexplainedTime(t);
  const onlyTotal = segments.length === 1 && segments[0]!.id === 'total';
  return (
    <div className="rl-timing">
      <table className="rl-table rl-waterfall" aria-label="Timing">
        <tbody>
          {segments.map((s) => {
            const step = LIFECYCLE_STEPS.find((x) => x.id === s.id);
            return (
              <tr key={s.id} title={step ? `${step.summary}\nSlow when: ${step.whenSlow}` : undefined}>
                <th scope="row">{s.label}</th>
                <td className="rl-waterfall-track">
                  <span
                    className="rl-waterfall-bar"
                    style={{
                      marginLeft: `${(s.start / scale) * 100}%`,
                      width: `max(2px, ${(s.duration / scale) * 100}%)`,
                      background: COLORS[s.id] ?? 'var(--rl-accent)',
                    }}
                  />
                </td>
                <td className="rl-mono rl-num">{formatDuration(s.duration)}</td>
              </tr>
            );
          })}
          {!onlyTotal && other >= 1 && (
            <tr title="Time the phases don't cover: queueing, redirects, the relay's own work.">
              <th scope="row">Other</th>
              <td />
              <td className="rl-mono rl-num">{formatDuration(other)}</td>
            </tr>
          )}
          {!onlyTotal && (
            <tr>
              <th scope="row">Total</th>
              <td />
              <td className="rl-mono rl-num">
                <strong>{formatDuration(t.total)}</strong>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {response.sender === 'relay' && t.dns === undefined && !onlyTotal && (
        <p className="rl-muted rl-note">{LIFECYCLE_STEPS[0]!.whenSkipped}</p>
      )}
      {response.sender === 'browser' && onlyTotal && <p className="rl-muted rl-note">{BROWSER_TIMING_NOTE}</p>}
      {response.sender === 'browser' && !onlyTotal && (
        <p className="rl-muted rl-note">Phases from the browser’s Resource Timing: the server allows it (same origin or Timing-Allow-Origin).</p>
      )}
      <details className="rl-note">
        <summary>What each phase means</summary>
        <dl>
          {LIFECYCLE_STEPS.map((step) => (
            <div key={step.id}>
              <dt>
                <strong>{step.label}</strong>
              </dt>
              <dd className="rl-muted">
                {step.summary} {step.whenSkipped ?? ''}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
