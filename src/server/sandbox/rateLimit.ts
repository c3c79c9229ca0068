/** A fixed window: `max` requests per `windowMs`, then 429 with Retry-After until the window ends. */
export class RateLimit {
  private windowStart = 0;
  private used = 0;

  constructor(
    readonly max = 3,
    readonly windowMs = 10_000,
  ) {}

  /** Counts one request; returns the seconds to wait, or 0 when it may go through. */
  take(now = Date.now()): { remaining: number; retryAfter: number } {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used >= this.max) {
      return { remaining: 0, retryAfter: Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)) };
    }
    this.used += 1;
    return { remaining: this.max - this.used, retryAfter: 0 };
  }

  reset(): void {
    this.windowStart = 0;
    this.used = 0;
  }
}
