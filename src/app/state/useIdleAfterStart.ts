import { useEffect, useState } from 'react';
import { idleAfterStart } from './afterStartup';

/** False until the first idle period after start-up (see afterStartup): for data the first screen can do without. */
export function useIdleAfterStart(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void idleAfterStart().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
