import { useEffect, useState, type RefObject } from 'react';

/** True once a Monaco editor has rendered inside `box` (it loads lazily; until then we show plain text). */
export function useMonacoMounted(box: RefObject<HTMLElement | null>): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => {
      if (el.querySelector('.monaco-editor .view-lines')) {
        setMounted(true);
        return true;
      }
      return false;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [box]);
  return mounted;
}
