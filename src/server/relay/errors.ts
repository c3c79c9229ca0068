import type { TransportError, TransportErrorCode } from '../../core/model';

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'EPROTO',
]);

/** Thrown by the executor for failures it detects itself (timeouts, limits, redirects). */
export class RelayFailure extends Error {
  readonly code: TransportErrorCode;
  constructor(code: TransportErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export function transportError(code: TransportErrorCode, message: string, detail?: string): TransportError {
  return detail ? { code, message, detail } : { code, message };
}

/** Turns a Node network error into a sentence a beginner understands, keeping the errno as detail. */
export function toTransportError(err: unknown, target: URL): TransportError {
  if (err instanceof RelayFailure) return transportError(err.code, err.message);
  const e = err as NodeJS.ErrnoException & { reason?: string };
  const code = e?.code ?? '';
  const detail = [code, e?.message].filter(Boolean).join(': ') || String(err);
  const host = target.hostname;
  const where = target.host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_FAIL') {
    return transportError('DNS', `DNS lookup failed: the name "${host}" could not be found. Check the spelling of the host, or whether you are online.`, detail);
  }
  if (code === 'ECONNREFUSED') {
    return transportError('REFUSED', `Connection refused: nothing is listening at ${where}. Is the server running, and is the port right?`, detail);
  }
  if (TLS_CODES.has(code) || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /certificate|ssl|tls/i.test(e?.message ?? '')) {
    return transportError('TLS', `TLS certificate problem: the secure connection to ${host} could not be trusted or set up.`, detail);
  }
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
    return transportError('TIMEOUT', `Timed out: ${where} did not answer in time.`, detail);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || /socket hang up|aborted|premature close/i.test(e?.message ?? '')) {
    return transportError('RESET', `Connection reset: ${where} closed the connection before the response was complete.`, detail);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
    return transportError('UNREACHABLE', `Unreachable: there is no network route to ${where}.`, detail);
  }
  if (code === 'ERR_INVALID_HTTP_TOKEN' || code === 'ERR_INVALID_CHAR' || code === 'ERR_UNESCAPED_CHARACTERS' || code === 'ERR_INVALID_URL') {
    return transportError('INVALID_REQUEST', 'The request is not valid HTTP: a method, header name or header value contains characters that are not allowed.', detail);
  }
  if (code.startsWith('HPE_')) {
    return transportError('UNKNOWN', `The server at ${where} answered with something that is not valid HTTP.`, detail);
  }
  return transportError('UNKNOWN', `The request to ${where} failed.`, detail);
}
