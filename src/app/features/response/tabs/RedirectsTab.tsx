import type { ResponseRecord } from '../../../../core/model';

/** Each hop the relay followed, then where it ended. */
export function RedirectsTab({ response }: { response: ResponseRecord }) {
  if (response.sender === 'browser' && response.redirects.length === 0) {
    return (
      <p className="rl-muted">
        The browser follows redirects on its own and does not tell the page about the hops: only the final URL is known
        ({response.url}). Send through the local relay to see each hop.
      </p>
    );
  }
  if (response.redirects.length === 0) return <p className="rl-muted">No redirects: the first answer was the final one.</p>;
  return (
    <ol className="rl-hops" aria-label="Redirect hops">
      {response.redirects.map((hop, i) => (
        <li key={i}>
          <span className="rl-mono">
            {hop.status} {hop.statusText}
          </span>{' '}
          <span className="rl-mono rl-break">{hop.url}</span>
          <div className="rl-muted rl-mono rl-break">→ Location: {hop.location}</div>
        </li>
      ))}
      <li>
        <span className="rl-mono">
          {response.status} {response.statusText}
        </span>{' '}
        <span className="rl-mono rl-break">{response.url}</span> <span className="rl-muted">(final)</span>
      </li>
    </ol>
  );
}
