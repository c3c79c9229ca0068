import type { CookieChanges, StoredCookie, PartialResponse, PreparedRequest, ResponseRecord, SenderId, TransportError } from '../core/model';

export interface SendProgress {
  loaded: number;
  total?: number;
  /** The response head and the body's first bytes, as soon as the sender has them (same object until they change). */
  partial?: PartialResponse;
}

/** What a sender can and cannot do; the UI explains the gaps. */
export interface SenderCapabilities {
  /** Host, Content-Length, Cookie, User-Agent … (browsers forbid setting them). */
  setsForbiddenHeaders: boolean;
  /** Set-Cookie is readable. */
  readsCookies: boolean;
  /** DNS/connect/TLS/TTFB/download phases. */
  timingPhases: boolean;
  /** Reports each redirect hop and honours follow/max settings. */
  redirectControl: boolean;
  digestAuth: boolean;
  /** Any origin, CORS or not. */
  ignoresCors: boolean;
  /** Reports the request exactly as sent. */
  reportsSentRequest: boolean;
}

export interface Sender {
  id: SenderId;
  label: string;
  capabilities: SenderCapabilities;
  /** Resolves with a response record; rejects with a SendError. */
  send(prepared: PreparedRequest, signal: AbortSignal, progress?: (p: SendProgress) => void): Promise<ResponseRecord>;
}

export class SendError extends Error {
  readonly error: TransportError;
  constructor(error: TransportError) {
    super(error.message);
    this.name = 'SendError';
    this.error = error;
  }
}

/** The page's cookie jar as a sender sees it: the app owns the storage, the relay applies the rules. */
export interface CookieJarAccess {
  snapshot(): Promise<StoredCookie[]>;
  apply(changes: CookieChanges): Promise<void>;
}
