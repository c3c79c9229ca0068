import { DEFAULT_MAX_REQUEST_BODY_BYTES } from '../../core/relay/protocol.ts';

/** Ceilings that keep one relayed request from exhausting the machine. */
export interface RelayLimits {
  /** Largest request body the relay forwards, in bytes (decoded, not base64). */
  maxRequestBodyBytes: number;
  /** The response body is streamed and cut here (decoded bytes); the trailer says `truncated`. */
  maxResponseBodyBytes: number;
  /** Whole exchange (all redirect hops and the body), whatever the request's own timeout. */
  maxTotalMs: number;
}

export const DEFAULT_RELAY_LIMITS: RelayLimits = {
  maxRequestBodyBytes: DEFAULT_MAX_REQUEST_BODY_BYTES,
  maxResponseBodyBytes: 512 * 1024 * 1024,
  maxTotalMs: 5 * 60 * 1000,
};

export function resolveLimits(partial?: Partial<RelayLimits>): RelayLimits {
  return { ...DEFAULT_RELAY_LIMITS, ...(partial ?? {}) };
}
