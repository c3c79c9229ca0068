import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A local copy of a stored value that the person edits; saved after a pause and when the editor
 * closes. A change from elsewhere (another tab) replaces the draft only when nothing is pending,
 * so typing is never overwritten.
 */
export function useDraft<T>(source: T, save: (value: T) => Promise<void>, delayMs = 400): [T, (next: T) => void] {
  const [draft, setDraft] = useState(source);
  const pending = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  const [lastSource, setLastSource] = useState(source);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  if (source !== lastSource) {
    setLastSource(source);
    if (pending.current === null) setDraft(source);
  }

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    // A failed save is reported by the store (alert banner); the draft keeps what was typed.
    if (value !== null) void saveRef.current(value).catch(() => undefined);
  }, []);

  useEffect(() => {
    // Closing the tab mid-pause: try to save what was typed rather than wait for the timer.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (next: T) => {
      setDraft(next);
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );
  return [draft, update];
}
