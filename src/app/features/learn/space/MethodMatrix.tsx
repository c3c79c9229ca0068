import { useState } from 'react';
import { describeMethod } from '../../../../core/http/methods';
import { demoVerdict, MATRIX_METHODS, MATRIX_PROPERTIES, PROPERTY_LABELS, type DemoOutcome, type MatrixProperty } from '../../../../core/learn/demonstrations';
import { runDemo } from '../../../../core/learn/runDemo';
import type { MethodInfo } from '../../../../core/model';

const WORDS: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  conditional: 'Only if fresh',
  meaningful: 'Yes',
  'no-defined-semantics': 'No meaning',
  'not-allowed': 'No',
  optional: 'Optional',
  unknown: '?',
};

function cellValue(info: MethodInfo, property: MatrixProperty): string {
  const value = info[property];
  return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : (WORDS[value] ?? value);
}

interface Shown {
  method: string;
  property: MatrixProperty;
  outcomes?: DemoOutcome[];
  verdict?: string;
  error?: string;
}

/**
 * Methods × what they promise, from Reqlab's HTTP knowledge. Each cell's "Show me" runs the
 * demonstration on a lab of its own (so it never disturbs the learner's lessons) and says what happened.
 */
export function MethodMatrix({ lab }: { lab: string }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const demoLab = `${lab}-m`;
  const show = async (method: string, property: MatrixProperty) => {
    setShown({ method, property });
    try {
      const outcomes = await runDemo((url, init) => fetch(url, init), demoLab, method, property);
      setShown({ method, property, outcomes, verdict: demoVerdict(describeMethod(method), property, outcomes) });
    } catch (error) {
      setShown({ method, property, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <article className="rl-lesson" aria-labelledby="rl-matrix-title">
      <h3 id="rl-matrix-title">The method matrix</h3>
      <p className="rl-lesson-summary">What each method promises (RFC 9110 §9), and a “Show me” that proves it on the sandbox.</p>
      <div className="rl-state" role="region" aria-label="Methods and their properties" tabIndex={0}>
        <table className="rl-matrix">
          <thead>
            <tr>
              <th scope="col">Method</th>
              {MATRIX_PROPERTIES.map((p) => (
                <th key={p} scope="col">
                  {PROPERTY_LABELS[p]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MATRIX_METHODS.map((method) => {
              const info = describeMethod(method);
              return (
                <tr key={method}>
                  <th scope="row">{method}</th>
                  {MATRIX_PROPERTIES.map((p) => (
                    <td key={p}>
                      {cellValue(info, p)}{' '}
                      <button
                        type="button"
                        className="rl-link"
                        aria-label={`Show me: ${PROPERTY_LABELS[p].toLowerCase()}, ${method}`}
                        aria-pressed={shown?.method === method && shown.property === p}
                        onClick={() => void show(method, p)}
                      >
                        show me
                      </button>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section className="rl-learn-check" aria-labelledby="rl-matrix-result-title">
        <h4 id="rl-matrix-result-title">What happened</h4>
        <div role="status" aria-live="polite">
          {!shown ? (
            <p className="rl-note">Choose “show me” in a cell.</p>
          ) : shown.error ? (
            <p className="rl-error-text">The demonstration could not run: {shown.error}</p>
          ) : !shown.outcomes ? (
            <p className="rl-note">
              Sending {shown.method} to the sandbox…
            </p>
          ) : (
            <>
              <p>
                <strong>
                  {PROPERTY_LABELS[shown.property]}, {shown.method}:
                </strong>{' '}
                {shown.verdict}
              </p>
              <ol aria-label="Requests sent">
                {shown.outcomes.map((o, i) => (
                  <li key={i}>
                    <code>
                      {o.request.method} {o.request.path}
                    </code>{' '}
                    → {o.status ?? `not sent (${o.error})`}; books {o.before.length} → {o.after.length}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </section>
    </article>
  );
}
