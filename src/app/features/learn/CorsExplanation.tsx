import { useId } from 'react';
import { PREFLIGHT_EXPLAINED } from '../../../core/http/cors';
import type { CorsExplanation as CorsExplanationData } from '../../../core/model';
import './learn.css';

const WHERE: Record<'preflight' | 'response' | 'both', string> = {
  preflight: 'Preflight (OPTIONS) answer',
  response: 'Actual response',
  both: 'Preflight answer and actual response',
};

interface Props {
  explanation: CorsExplanationData;
  /** Shown as a "Resend through local relay" button when the relay is available. */
  onResendViaRelay?: () => void;
}

/** Why the browser refused a cross-origin call, what the server would have to send, and the ways past it. */
export function CorsExplanation({ explanation: e, onResendViaRelay }: Props) {
  const headingId = useId();
  const { preflight } = e;
  return (
    <section className="rl-learn-card rl-learn-cors" aria-labelledby={headingId} data-kind="cors">
      <h3 id={headingId} className="rl-learn-card__title">
        {e.crossOrigin ? 'Why CORS blocked this call' : 'Why this call failed'}
      </h3>
      <p className="rl-learn-card__lead">{e.summary}</p>
      {onResendViaRelay && (
        <p>
          <button type="button" className="rl-learn-action" onClick={onResendViaRelay}>
            Resend through local relay
          </button>
        </p>
      )}

      <details className="rl-learn-details">
        <summary>What is CORS?</summary>
        <p>{e.whatIsCors}</p>
      </details>

      {e.crossOrigin && (
        <>
          <h4 className="rl-learn-subhead">Preflight: {preflight.needed ? 'needed' : 'not needed'}</h4>
          {preflight.needed ? (
            <>
              <p>{PREFLIGHT_EXPLAINED}</p>
              <ul className="rl-learn-notes">
                {preflight.reasons.map((r) => (
                  <li key={`${r.kind}-${r.subject ?? ''}`}>{r.explanation}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>This is a "simple" request a plain HTML form could send, so the browser sent it directly and only checked the answer.</p>
          )}

          <h4 className="rl-learn-subhead">What the server would have to send</h4>
          <table className="rl-learn-table">
            <caption className="rl-visually-hidden">CORS headers the server must answer with</caption>
            <thead>
              <tr>
                <th scope="col">Header</th>
                <th scope="col">Value</th>
                <th scope="col">Where</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {e.serverMustSend.map((h) => (
                <tr key={h.name}>
                  <th scope="row">
                    <code>{h.name}</code>
                  </th>
                  <td>
                    <code>{h.value}</code>
                  </td>
                  <td>{WHERE[h.on]}</td>
                  <td>{h.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h4 className="rl-learn-subhead">How to get past it</h4>
      <ol className="rl-learn-notes">
        {e.fixes.map((f) => (
          <li key={f.id}>
            <strong>{f.title}.</strong> {f.detail}
          </li>
        ))}
      </ol>

      {e.notes.length > 0 && (
        <>
          <h4 className="rl-learn-subhead">Good to know</h4>
          <ul className="rl-learn-notes">
            {e.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
