import { useEffect, useState } from 'react';
import { cookieExpiresAt, type StoredCookie } from '../../../core/model';

/** Re-renders when the next cookie expires, so the manager never shows a cookie that is no longer sent. */
export function useExpiryTick(cookies: readonly StoredCookie[] | undefined): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const now = Date.now();
    const next = Math.min(...(cookies ?? []).map(cookieExpiresAt).filter((at) => at > now));
    if (!Number.isFinite(next)) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(next - now + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  });
}
