import { useEffect } from 'react';
import { labClient } from './labClient';
import type { CourseProgress } from './learnDb';

/** A step begins after the lab's newest exchange at the moment it is first opened. */
export function useStepStart(key: string, lab: string | undefined, progress: CourseProgress | undefined, update: (change: (p: CourseProgress) => CourseProgress) => void) {
  const start = progress?.starts[key];
  useEffect(() => {
    if (!lab || !progress || start !== undefined) return;
    let current = true;
    labClient
      .log(lab, Number.MAX_SAFE_INTEGER)
      .then((log) => current && update((p) => (p.starts[key] !== undefined ? p : { ...p, starts: { ...p.starts, [key]: log.last } })))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [key, lab, progress, start, update]);
  return start;
}
