import { useEffect, useState } from 'react';

/** Milliseconds since `startedAt`, refreshed ~10 times a second while `running`. */
export function useElapsed(startedAt: number | undefined, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  return startedAt ? Math.max(0, now - startedAt) : 0;
}
