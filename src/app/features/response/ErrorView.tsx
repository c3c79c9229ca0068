import { explainCorsFailure } from '../../../core/http/cors';
import type { Exchange, TransportError } from '../../../core/model';
import { CorsExplanation } from '../learn';

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
  return (
    <div className="rl-error">
      <div role="alert" className="rl-error-alert">
        <strong>{TITLES[error.code] ?? 'The request failed'}</strong>
        <p>{error.message}</p>
      </div>
      {error.code === 'CORS' && <CorsHelp exchange={exchange} onResendViaRelay={onResendViaRelay} />}
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

function CorsHelp({ exchange, onResendViaRelay }: { exchange: Exchange; onResendViaRelay?: () => void }) {
  const prepared = exchange.prepared;
  if (!prepared) {
    return (
      <section className="rl-cors">
        <p>
          CORS (Cross-Origin Resource Sharing) is the browser rule that lets a page read a response from another origin
          only when that server allows it with Access-Control-Allow-Origin.
        </p>
        {onResendViaRelay && (
          <button type="button" className="rl-button rl-button-primary" onClick={onResendViaRelay}>
            Resend through local relay
          </button>
        )}
      </section>
    );
  }
  const explanation = explainCorsFailure({
    pageOrigin: typeof location !== 'undefined' ? location.origin : '',
    targetUrl: prepared.url,
    method: prepared.method,
    headers: prepared.headers.map((h) => [h.name, h.value] as [string, string]),
  });
  return <CorsExplanation explanation={explanation} onResendViaRelay={onResendViaRelay} />;
}
