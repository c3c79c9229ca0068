import { formatDuration } from '../../../../core/format/duration';
import type { ResponseRecord, TimingPhases } from '../../../../core/model';

const PHASES: { key: keyof TimingPhases; label: string; color: string; hint: string }[] = [
  { key: 'dns', label: 'DNS lookup', color: 'var(--rl-info)', hint: 'Finding the IP address of the host name.' },
  { key: 'connect', label: 'Connect', color: 'var(--rl-accent)', hint: 'Opening the TCP connection.' },
  { key: 'tls', label: 'TLS', color: 'var(--rl-warning)', hint: 'Agreeing on encryption (HTTPS only).' },
  { key: 'ttfb', label: 'Waiting (TTFB)', color: 'var(--rl-success)', hint: 'From the request sent to the first byte back: mostly the server thinking.' },
  { key: 'download', label: 'Download', color: 'var(--rl-danger)', hint: 'Receiving the body.' },
];

/** A waterfall of the request's phases, laid end to end. */
export function TimingTab({ response }: { response: ResponseRecord }) {
  const t = response.timing;
  const measured = PHASES.filter((p) => typeof t[p.key] === 'number');
  const scale = Math.max(t.total, measured.reduce((s, p) => s + (t[p.key] as number), 0), 1);
  let offset = 0;
  return (
    <div className="rl-timing">
      <table className="rl-table rl-waterfall" aria-label="Timing">
        <tbody>
          {measured.map((p) => {
            const value = t[p.key] as number;
            const left = (offset / scale) * 100;
            offset += value;
            return (
              <tr key={p.key} title={p.hint}>
                <th scope="row">{p.label}</th>
                <td className="rl-waterfall-track">
                  <span
                    className="rl-waterfall-bar"
                    style={{ marginLeft: `${left}%`, width: `max(2px, ${(value / scale) * 100}%)`, background: p.color }}
                  />
                </td>
                <td className="rl-mono rl-num">{formatDuration(value)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Total</th>
            <td />
            <td className="rl-mono rl-num">
              <strong>{formatDuration(t.total)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {response.sender === 'relay' && t.dns === undefined && (
        <p className="rl-muted rl-note">No DNS phase: the host was an IP address, or the connection was reused.</p>
      )}
      {response.sender === 'browser' && measured.length === 0 && (
        <p className="rl-muted rl-note">
          Through the browser only the total is known. Browsers measure each phase (Resource Timing) but hide it from
          the page for another origin unless the server sends <code>Timing-Allow-Origin</code>. Send through the local
          relay for the full waterfall.
        </p>
      )}
      {response.sender === 'browser' && measured.length > 0 && (
        <p className="rl-muted rl-note">Phases from the browser’s Resource Timing (the server allows it).</p>
      )}
    </div>
  );
}
