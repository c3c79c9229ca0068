import { useEffect, useRef } from 'react';
import { readViewState, writeViewState } from '../state/session/viewState';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Keeps an element's scroll position for this window across reloads. The content arrives in
 * pieces (collections, then history), so the saved position is applied as the element grows,
 * until it is reached, the person scrolls, or two seconds pass.
 */
export function useRestoredScroll<T extends HTMLElement>(name: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const target = readViewState(name, isNumber, 0);
    let restoring = target > 0;
    const stop = () => {
      restoring = false;
    };
    const apply = () => {
      if (!restoring) return;
      el.scrollTop = target;
      if (Math.abs(el.scrollTop - target) < 1) restoring = false;
    };
    const growth = new ResizeObserver(apply);
    for (const child of Array.from(el.children)) growth.observe(child);
    const added = new MutationObserver(() => {
      for (const child of Array.from(el.children)) growth.observe(child);
      apply();
    });
    added.observe(el, { childList: true });
    apply();
    const deadline = setTimeout(stop, 2000);
    const onScroll = () => {
      if (!restoring) writeViewState(name, Math.round(el.scrollTop));
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const) el.addEventListener(type, stop, { passive: true });
    return () => {
      clearTimeout(deadline);
      growth.disconnect();
      added.disconnect();
      el.removeEventListener('scroll', onScroll);
      for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const) el.removeEventListener(type, stop);
    };
  }, [name]);
  return ref;
}
