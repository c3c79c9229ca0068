import type { CheckResult } from '../../../../core/learn/runCheck';

/** The verdict on a step, announced politely, with what differed and the author's hint. */
export function CheckPanel({ result, onCheck, busy }: { result: CheckResult | null; onCheck: () => void; busy: boolean }) {
  return (
    <section className="rl-learn-check" aria-labelledby="rl-learn-check-title">
      <h4 id="rl-learn-check-title">Check</h4>
      <div role="status" aria-live="polite" className={result ? (result.passed ? 'rl-check-pass' : 'rl-check-fail') : undefined}>
        {result === null ? (
          <p className="rl-note">Reading your lab…</p>
        ) : result.passed ? (
          <p>
            <span aria-hidden="true">✓ </span>
            <strong>Passed.</strong> {result.message}
          </p>
        ) : (
          <>
            <p>
              <span aria-hidden="true">✗ </span>
              <strong>Not passed yet.</strong> {result.message}
            </p>
            {result.differences.length > 0 && (
              <ul aria-label="What differs">
                {result.differences.map((difference) => (
                  <li key={difference}>{difference}</li>
                ))}
              </ul>
            )}
            {result.hint && <p className="rl-check-hint">Hint: {result.hint}</p>}
          </>
        )}
      </div>
      <button type="button" onClick={onCheck} disabled={busy}>
        Check again
      </button>
    </section>
  );
}
