/**
 * The nonces a signing route has accepted within its allowed clock skew: a request seen again is a
 * replay and is refused, as a real server does. Older entries are dropped, since their time alone
 * would be refused.
 */
export function nonceBook(skewSec: number): { isReplay(id: string, ts: number): boolean } {
  const seen = new Map<string, number>();
  return {
    /** True when `id` was seen already; otherwise remembers it and answers false. */
    isReplay(id, ts) {
      const now = Date.now() / 1000;
      for (const [k, at] of seen) if (at < now - 2 * skewSec) seen.delete(k);
      if (seen.has(id)) return true;
      seen.set(id, ts);
      return false;
    },
  };
}
