import type { PreparedRequest } from './prepared';
import type { ResponseRecord, SenderId, TransportError } from './response';
import type { ScriptReport } from './scripts';

export type ExchangeStatus = 'idle' | 'sending' | 'done' | 'error';

/** What is known of a response while its body still downloads: the head and the body's first bytes. */
export interface PartialResponse {
  status: number;
  statusText: string;
  httpVersion?: string;
  headers: [string, string][];
  /** The first part of the body (a few hundred KB at most), to show its first lines early. */
  firstBytes: Uint8Array;
}

/** One send of a request as the UI follows it: from idle through sending to a response or an error. */
export interface Exchange {
  /** Unique per send, so views can tell one exchange from the next (data-exchange-id). */
  id?: string;
  status: ExchangeStatus;
  prepared?: PreparedRequest;
  response?: ResponseRecord;
  error?: TransportError;
  progress?: { loaded: number; total?: number };
  /** While sending: the response head and first body bytes, once they arrived. */
  partial?: PartialResponse;
  /** Milliseconds since the epoch when sending started. */
  startedAt?: number;
  sender?: SenderId;
  /** A saved example opened from the tree: shown as a response, but it never went on the wire. */
  example?: { name: string };
  /** What the request's scripts did on this send: tests, console lines, failures. */
  scripts?: ScriptReport;
}
