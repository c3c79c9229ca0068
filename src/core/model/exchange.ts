import type { PreparedRequest } from './prepared';
import type { ResponseRecord, SenderId, TransportError } from './response';

export type ExchangeStatus = 'idle' | 'sending' | 'done' | 'error';

/** One send of a request as the UI follows it: from idle through sending to a response or an error. */
export interface Exchange {
  /** Unique per send, so views can tell one exchange from the next (data-exchange-id). */
  id?: string;
  status: ExchangeStatus;
  prepared?: PreparedRequest;
  response?: ResponseRecord;
  error?: TransportError;
  progress?: { loaded: number; total?: number };
  /** Milliseconds since the epoch when sending started. */
  startedAt?: number;
  sender?: SenderId;
}
