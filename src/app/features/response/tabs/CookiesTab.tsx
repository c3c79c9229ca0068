import type { ResponseRecord } from '../../../../core/model';
import { headerValues } from '../headerLookup';
import { parseSetCookieResult } from '../../../../core/http/cookies';

/** Set-Cookie parsed into its attributes (relay), or why the browser can't see them. */
export function CookiesTab({ response }: { response: ResponseRecord }) {
  const lines = headerValues(response.headers, 'set-cookie');
  if (response.sender === 'browser' && lines.length === 0) {
    return (
      <div className="rl-note">
        <p>
          <strong>The browser does not let a page read Set-Cookie.</strong>
        </p>
        <p className="rl-muted">
          Browsers keep cookies away from scripts: Set-Cookie is a “forbidden response header”, so even when the server
          sets cookies, this page cannot see them (the browser stores them itself, if CORS credentials allow it). Send
          through the local relay to see every cookie the server sets, with its attributes.
        </p>
      </div>
    );
  }
  if (lines.length === 0) return <p className="rl-muted">The server set no cookies.</p>;
  return (
    <table className="rl-table" aria-label="Response cookies">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">Domain</th>
          <th scope="col">Path</th>
          <th scope="col">Expires / Max-Age</th>
          <th scope="col">Flags</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => {
          const parsed = parseSetCookieResult(line, { now: response.timing.startedAt });
          if (!parsed.ok) {
            return (
              <tr key={i}>
                <td colSpan={6} className="rl-mono">
                  {line} <span className="rl-muted">({parsed.reason})</span>
                </td>
              </tr>
            );
          }
          const c = parsed.cookie;
          const flags = [c.secure && 'Secure', c.httpOnly && 'HttpOnly', c.sameSite && `SameSite=${c.sameSite}`, c.partitioned && 'Partitioned']
            .filter(Boolean)
            .join(' · ');
          return (
            <tr key={i} title={c.warnings.join('\n') || undefined}>
              <td className="rl-mono">{c.name}</td>
              <td className="rl-mono rl-break">{c.value}</td>
              <td className="rl-mono">{c.domain ?? <span className="rl-muted">(this host)</span>}</td>
              <td className="rl-mono">{c.path ?? <span className="rl-muted">(default)</span>}</td>
              <td className="rl-mono">
                {c.maxAge !== undefined ? `Max-Age=${c.maxAge}` : (c.expires ?? <span className="rl-muted">session</span>)}
              </td>
              <td>
                {flags || <span className="rl-muted">none</span>}
                {c.warnings.length > 0 && <div className="rl-warning-text">{c.warnings.join(' ')}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
