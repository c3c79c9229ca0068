import { useEffect, useRef } from 'react';

/**
 * Ctrl/Cmd+Enter sends from anywhere (Monaco included: the listener runs in the capture phase,
 * before the editor turns the keys into "insert line"); Esc cancels a running request.
 */
export function useSendShortcuts(handlers: { send: () => void; cancel: () => void; sending: boolean }): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        e.stopPropagation();
        latest.current.send();
      } else if (e.key === 'Escape' && latest.current.sending) {
        e.preventDefault();
        latest.current.cancel();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
