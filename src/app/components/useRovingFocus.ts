import { useCallback, useState, type KeyboardEvent } from 'react';

/**
 * One tab stop for a list of controls (WAI-ARIA "roving tabindex"): the arrow keys, Home and End
 * move focus inside it, and Tab leaves it. Give each item `tabIndex={tabIndexFor(i)}` and
 * `data-roving` so the keys can find it.
 */
export function useRovingFocus(count: number, orientation: 'vertical' | 'horizontal', selected = 0) {
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const current = Math.min(Math.max(0, focused ?? selected), Math.max(0, count - 1));
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const next = orientation === 'vertical' ? 'ArrowDown' : 'ArrowRight';
      const previous = orientation === 'vertical' ? 'ArrowUp' : 'ArrowLeft';
      let target: number;
      if (event.key === next) target = (current + 1) % count;
      else if (event.key === previous) target = (current - 1 + count) % count;
      else if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = count - 1;
      else return;
      event.preventDefault();
      setFocused(target);
      event.currentTarget.querySelectorAll<HTMLElement>('[data-roving]')[target]?.focus();
    },
    [count, current, orientation],
  );
  return { onKeyDown, tabIndexFor: (index: number) => (index === current ? 0 : -1), onItemFocus: setFocused };
}
