import { BROWSER_TIMING_NOTE, LIFECYCLE_STEPS, unexplainedTime, waterfallSegments } from '../../../../core/http/lifecycle';
import type { Exchange } from '../../../../core/model';

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

/** The phases of the learner's own last request, as measured by the sender that sent it. */
export function TimingDiagram({ exchange }: { exchange: Exchange }) {
  const response = exchange.response;
  if (!response) return <p className="rl-note">Send the request: its phases are drawn here from your own timing.</p>;
  const segments = waterfallSegments(response.timing);
  const total = Math.max(response.timing.total, 1);
  const rest = unexplainedTime(response.timing);
  return (
    <figure className="rl-timing" aria-labelledby="rl-timing-caption">
      <figcaption id="rl-timing-caption">
        Where the {ms(response.timing.total)} of your request went ({response.sender === 'relay' ? 'measured by the relay' : 'measured by the browser'})
      </figcaption>
      <ol className="rl-timing-bars">
        {segments.map((segment) => (
          <li key={segment.id}>
            <span className="rl-timing-label">{segment.label}</span>
            <span className="rl-timing-track" aria-hidden="true">
              <span className="rl-timing-bar" style={{ marginLeft: `${(segment.start / total) * 100}%`, width: `${Math.max(0.5, (segment.duration / total) * 100)}%` }} />
            </span>
            <span className="rl-timing-value">{ms(segment.duration)}</span>
            <span className="rl-note rl-timing-summary">{LIFECYCLE_STEPS.find((step) => step.id === segment.id)?.summary}</span>
          </li>
        ))}
      </ol>
      {rest > 1 && <p className="rl-note">{ms(rest)} is not in any phase: queueing, redirects and the relay's own work.</p>}
      {response.sender !== 'relay' && <p className="rl-note">{BROWSER_TIMING_NOTE}</p>}
    </figure>
  );
}
