export type SenderId = 'relay' | 'browser';

export interface TimingPhases {
  /** Milliseconds since the epoch when the request started. */
  startedAt: number;
  /** Total time in ms. */
  total: number;
  dns?: number;
  connect?: number;
  tls?: number;
  /** Request sent → first byte of the response. */
  ttfb?: number;
  download?: number;
}

export interface RedirectHop {
  status: number;
  statusText: string;
  url: string;
  location: string;
  headers: [string, string][];
}

/** The request exactly as it went on the wire (relay only). */
export interface SentRequest {
  requestLine: string;
  headers: [string, string][];
  bodySize: number;
}

/** What every sender returns, whatever way the request went. */
export interface ResponseRecord {
  sender: SenderId;
  /** The final URL after redirects. */
  url: string;
  status: number;
  statusText: string;
  httpVersion: string;
  /** Raw headers in order, repeats kept (Set-Cookie). */
  headers: [string, string][];
  /** The decoded body (up to the cap). */
  body: Uint8Array;
  /** Decoded size in bytes (may exceed body.length when cut at the cap). */
  bodySize: number;
  /** Bytes on the wire, when the sender knows (before decompression). */
  wireSize?: number;
  headersSize?: number;
  /** Response headers past the documented limit (MAX_RESPONSE_HEADERS) are not kept: how many. */
  headersDropped?: number;
  /** True when the body was cut at the size cap. */
  truncated: boolean;
  timing: TimingPhases;
  redirects: RedirectHop[];
  sent?: SentRequest;
  /** Headers of the prepared request that this sender could not send (browsers forbid Host, Cookie …). */
  droppedHeaders?: string[];
}

export type TransportErrorCode =
  | 'DNS'
  | 'REFUSED'
  | 'TLS'
  | 'TIMEOUT'
  | 'RESET'
  | 'TOO_LARGE'
  | 'CORS'
  | 'UNREACHABLE'
  | 'ABORTED'
  | 'INVALID_REQUEST'
  | 'RELAY_REFUSED'
  | 'RELAY_UNAVAILABLE'
  | 'RELAY_BUSY'
  | 'TOO_MANY_REDIRECTS'
  | 'UNKNOWN';

/** A failure explained in a sentence a beginner understands. */
export interface TransportError {
  code: TransportErrorCode;
  message: string;
  /** The low-level detail (errno, library message) for the curious. */
  detail?: string;
}
