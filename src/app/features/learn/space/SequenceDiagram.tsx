import { describeStatus } from '../../../../core/http/statusCodes';
import { headerDisplayName } from '../../../../core/learn/judgeExchange';
import type { LabEntry } from '../../../../core/model';
import { isCorsProbe, isPreflight } from '../../../../core/learn/runCheck';


function HeaderLines({ headers, names }: { headers: Record<string, string>; names: string[] }) {
  const shown = names.filter((name) => headers[name] !== undefined);
  if (shown.length === 0) return null;
  return (
    <ul className="rl-seq-headers">
      {shown.map((name) => (
        <li key={name}>
          <code>
            {headerDisplayName(name)}: {headers[name]}
          </code>
        </li>
      ))}
    </ul>
  );
}

/** What the last status tells a client to do next, from Reqlab's status knowledge. */
function NextMove({ status }: { status: number }) {
  const info = describeStatus(status);
  if (info.whatToDo.length === 0) return null;
  return (
    <p className="rl-seq-next">
      <strong>
        {status} {info.reason}, what to do next:
      </strong>{' '}
      {info.whatToDo.join(' ')}
    </p>
  );
}

/**
 * Client ⇄ (relay) ⇄ sandbox, drawn from the lab's own log: the method, path, status and the headers
 * this step is about, exactly as the server received and sent them. Made of text, so it reads as a list.
 */
export function SequenceDiagram({ entries, showHeaders, via }: { entries: LabEntry[]; showHeaders: string[]; via: 'relay' | 'browser' | undefined }) {
  const shown = entries.slice(-8);
  return (
    <figure className="rl-seq" aria-labelledby="rl-seq-caption">
      <figcaption id="rl-seq-caption">
        What your lab received and answered{shown.length < entries.length ? ` (the last ${shown.length} of ${entries.length})` : ''}
      </figcaption>
      <div className="rl-seq-actors" aria-hidden="true">
        <span>Reqlab in your browser</span>
        {via === 'relay' && <span>Relay (Reqlab's server)</span>}
        <span>Sandbox lab</span>
      </div>
      {shown.length === 0 ? (
        <p className="rl-note">Nothing yet: send the request and the exchange is drawn here.</p>
      ) : (
        <ol className={`rl-seq-messages${via === 'relay' ? ' rl-seq-via-relay' : ''}`}>
          {shown.map((entry) => (
            <li key={entry.seq} className="rl-seq-exchange">
              <div className={`rl-seq-msg rl-seq-request${isPreflight(entry) ? ' rl-seq-preflight' : ''}`}>
                <span className="rl-seq-arrow" aria-hidden="true" />
                <span className="rl-visually-hidden">{isPreflight(entry) ? 'Preflight the browser sent: ' : isCorsProbe(entry) ? "Reqlab's probe: " : 'Request: '}</span>
                {isPreflight(entry) && <span className="rl-seq-tag" aria-hidden="true">preflight</span>}
                {isCorsProbe(entry) && (
                  <span className="rl-seq-tag" aria-hidden="true" title="After a blocked call, Reqlab asks with a no-cors HEAD whether the server answers at all">
                    Reqlab's probe
                  </span>
                )}
                <code className="rl-seq-line">
                  <b>{entry.method}</b> {entry.path}
                  {entry.query ? `?${entry.query}` : ''}
                </code>
                <HeaderLines headers={entry.headers} names={showHeaders} />
              </div>
              <div className={`rl-seq-msg rl-seq-response rl-status-${String(entry.status)[0]}xx`}>
                <span className="rl-seq-arrow" aria-hidden="true" />
                <span className="rl-visually-hidden">Response: </span>
                <code className="rl-seq-line">
                  <b>{entry.status}</b> {describeStatus(entry.status).reason}
                </code>
                <HeaderLines headers={entry.responseHeaders} names={showHeaders} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {shown.length > 0 && <NextMove status={shown.at(-1)!.status} />}
    </figure>
  );
}
