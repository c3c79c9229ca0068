/** How much relay work runs at once: beyond it a call gets 503 with Retry-After, and the server stays responsive. */
export interface AdmissionLimits {
  maxCalls: number;
  /** Call bodies held in memory at once (the JSON with the base64 body), in bytes. */
  maxBufferedBytes: number;
}

export const DEFAULT_ADMISSION: AdmissionLimits = { maxCalls: 32, maxBufferedBytes: 384 * 1024 * 1024 };

export interface Ticket {
  /** Reserves `bytes` more of the buffer; false when that would pass the cap. */
  hold: (bytes: number) => boolean;
  release: () => void;
}

export function createAdmission(limits: AdmissionLimits = DEFAULT_ADMISSION) {
  let calls = 0;
  let buffered = 0;
  return {
    enter(): Ticket | null {
      if (calls >= limits.maxCalls) return null;
      calls++;
      let held = 0;
      let released = false;
      return {
        hold(bytes: number) {
          if (buffered + bytes > limits.maxBufferedBytes) return false;
          buffered += bytes;
          held += bytes;
          return true;
        },
        release() {
          if (released) return;
          released = true;
          calls--;
          buffered -= held;
        },
      };
    },
    /** The body is parsed: its bytes no longer count as buffered. */
    stats: () => ({ calls, buffered }),
  };
}
