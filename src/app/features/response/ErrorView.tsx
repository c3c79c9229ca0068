import type { Exchange, TransportError } from '../../../core/model';

interface Props {
  error: TransportError;
  exchange: Exchange;
  onResendViaRelay?: () => void;
}

const TITLES: Partial<Record<TransportError['code'], string>> = {
  CORS: 'Blocked by CORS',
  UNREACHABLE: 'The server could not be reached',
  DNS: 'The host name was not found',
  REFUSED: 'Connection refused',
  TLS: 'TLS certificate problem',
  TIMEOUT: 'Timed out',
  RESET: 'Connection reset',
  TOO_LARGE: 'Response too large',
  ABORTED: 'Cancelled',
  INVALID_REQUEST: 'The request is invalid',
  RELAY_REFUSED: 'The local relay refused the request',
  RELAY_UNAVAILABLE: 'The local relay is not available',
  TOO_MANY_REDIRECTS: 'Too many redirects',
};

/** A failed send: the beginner sentence first, then what it means and what to do. */
export function ErrorView({ error, exchange, onResendViaRelay }: Props) {
  const url = exchange.prepared?.url;
  return (
    <div className="rl-error">
      <div role="alert" className="rl-error-alert">
        <strong>{TITLES[error.code] ?? 'The request failed'}</strong>
        <p>{error.message}</p>
      </div>
      {error.code === 'CORS' && <CorsHelp url={url} onResendViaRelay={onResendViaRelay} />}
      {error.code === 'UNREACHABLE' && (
        <p className="rl-muted">
          This is not a CORS refusal: a probe showed that nothing answered at all. Check the address and port, that the
          server is running, and that you are online. Through the local relay you would also get the exact reason (DNS,
          refused, TLS…).
        </p>
      )}
      {error.detail && (
        <details>
          <summary>Technical detail</summary>
          <pre className="rl-pre">{error.detail}</pre>
        </details>
      )}
    </div>
  );
}

function CorsHelp({ url, onResendViaRelay }: { url?: string; onResendViaRelay?: () => void }) {
  const pageOrigin = typeof location !== 'undefined' ? location.origin : 'this page';
  let target = url ?? 'the server';
  try {
    if (url) target = new URL(url).origin;
  } catch {
    // keep the raw text
  }
  return (
    <section className="rl-cors" aria-label="CORS explanation">
      <h3>What is CORS?</h3>
      <p>
        The server did answer, but your browser hid the response from this page. Browsers only let a page read a
        response from another origin (here the page is <code>{pageOrigin}</code> and the server is{' '}
        <code>{target}</code>) when that server allows it. This rule is called CORS, Cross-Origin Resource Sharing. It
        protects you from sites that would read your data on other sites; Postman and curl have no such rule because they
        are not web pages.
      </p>
      <h3>What the server would have to send</h3>
      <pre className="rl-pre">
        {`Access-Control-Allow-Origin: ${pageOrigin}\n`}
        {`Access-Control-Allow-Methods: GET, POST, PUT, PATCH, DELETE   (on the OPTIONS preflight)\n`}
        {`Access-Control-Allow-Headers: Content-Type, Authorization     (the headers you send)\n`}
        {`Access-Control-Expose-Headers: *                               (to read other headers)`}
      </pre>
      <p className="rl-muted">
        Requests with a JSON body, custom headers or methods other than GET/HEAD/POST are first checked with an OPTIONS
        “preflight”; the server must answer that too.
      </p>
      {onResendViaRelay && (
        <button type="button" className="rl-button rl-button-primary" onClick={onResendViaRelay}>
          Resend through local relay
        </button>
      )}
      <p className="rl-muted">The local relay sends the request from Reqlab’s server instead of the page, so CORS does not apply.</p>
    </section>
  );
}
