import { useCallback, useRef, useState } from 'react';

const KEY = 'reqlab.split';

function initial(): number {
  const saved = Number(globalThis.localStorage?.getItem(KEY));
  return saved >= 0.15 && saved <= 0.85 ? saved : 0.45;
}

/** The request/response split as a fraction of the height; dragged with the pointer or the arrow keys. */
export function useSplit() {
  const [fraction, setFraction] = useState(initial);
  const container = useRef<HTMLDivElement>(null);
  const set = useCallback((f: number) => {
    const clamped = Math.min(0.85, Math.max(0.15, f));
    setFraction(clamped);
    try {
      localStorage.setItem(KEY, String(clamped));
    } catch {
      // no storage: the split still works for this page
    }
  }, []);
  const onPointerDown = useCallback(
    (e: React.PointerEvent) => {
      const box = container.current?.getBoundingClientRect();
      if (!box) return;
      e.preventDefault();
      const move = (ev: PointerEvent) => set((ev.clientY - box.top) / box.height);
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    },
    [set],
  );
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (e.key === 'ArrowUp') set(fraction - 0.05);
      else if (e.key === 'ArrowDown') set(fraction + 0.05);
      else return;
      e.preventDefault();
    },
    [fraction, set],
  );
  return { fraction, container, onPointerDown, onKeyDown };
}
