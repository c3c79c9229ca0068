import { HeaderHint } from '../../learn';
import type { ResponseRecord } from '../../../../core/model';

/** Every response header in the order received; repeats (Set-Cookie) are separate rows. */
export function HeadersTab({ response }: { response: ResponseRecord }) {
  if (response.headers.length === 0) return <p className="rl-muted">The response has no headers.</p>;
  return (
    <>
      {response.headersDropped ? (
        <p role="note" className="rl-warning-text">
          The response had {(response.headers.length + response.headersDropped).toLocaleString()} headers; the first{' '}
          {response.headers.length.toLocaleString()} are kept and {response.headersDropped.toLocaleString()} more were not.
        </p>
      ) : null}
      <table className="rl-table" aria-label="Response headers">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {response.headers.map(([name, value], i) => (
            <tr key={i}>
              <td className="rl-mono">
                <HeaderHint name={name} />
              </td>
              <td className="rl-mono rl-break">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {response.sender === 'browser' && (
        <p className="rl-muted rl-note">
          Through the browser, a cross-origin response only shows the headers the server lists in
          Access-Control-Expose-Headers, and never Set-Cookie.
        </p>
      )}
    </>
  );
}
