import type { ScriptReport } from '../../../../core/model/scripts';

/** The tests a send's scripts ran (pass, fail, skipped, with the assertion and the script), its console and failures. */
export function TestsTab({ report }: { report: ScriptReport }) {
  const passed = report.tests.filter((t) => t.passed).length;
  const counted = report.tests.filter((t) => !t.skipped).length;
  return (
    <div className="rl-tests">
      {report.failures.length > 0 && (
        <ul aria-label="Script errors" className="rl-script-failures">
          {report.failures.map((f, i) => (
            <li key={i} className="rl-error-text">
              {f.message}
            </li>
          ))}
        </ul>
      )}
      {report.tests.length === 0 ? (
        <p className="rl-note">The scripts ran no tests. Write one in the request’s Scripts tab, for example “Status code is 200”.</p>
      ) : (
        <>
          <p className="rl-note">
            {passed} of {counted} tests passed{counted < report.tests.length ? `, ${report.tests.length - counted} skipped` : ''}.
          </p>
          <ul aria-label="Test results" className="rl-test-results">
            {report.tests.map((t, i) => (
              <li key={i} className={t.skipped ? 'rl-test rl-test-skip' : t.passed ? 'rl-test rl-test-pass' : 'rl-test rl-test-fail'}>
                <span className="rl-test-outcome">{t.skipped ? 'Skipped' : t.passed ? 'Passed' : 'Failed'}</span> <span className="rl-test-name">{t.name}</span>
                {t.error && <div className="rl-test-error">{t.error}</div>}
                <div className="rl-test-script">{t.script}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.console.length > 0 && (
        <section aria-label="Console">
          <h3 className="rl-subheading">Console</h3>
          <ol className="rl-console">
            {report.console.map((c, i) => (
              <li key={i} className={`rl-console-${c.level}`}>
                {c.level !== 'log' && <span className="rl-console-level">{c.level}: </span>}
                {c.text}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
