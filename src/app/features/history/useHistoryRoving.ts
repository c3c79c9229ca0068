import { useState, type KeyboardEvent } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * The history list is one tab stop (WAI-ARIA roving tabindex) over a virtual list: ↑/↓, Home and End
 * move between entries (day headings are skipped, and rows scroll into view first); → reaches an
 * entry's "⋯" and ← comes back. The tab stop is the last entry focused, or the first one drawn.
 */
export function useHistoryRoving(isEntry: (index: number) => boolean, count: number, virtualizer: Virtualizer<HTMLDivElement, Element>) {
  const [current, setCurrent] = useState<number | null>(null);
  const drawn = virtualizer.getVirtualItems().map((v) => v.index);
  const tabStop = current !== null && drawn.includes(current) && isEntry(current) ? current : (drawn.find(isEntry) ?? -1);

  const focusEntry = (list: HTMLElement, index: number) => {
    setCurrent(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const tryFocus = (attempt: number) => {
      const button = list.querySelector<HTMLElement>(`[data-index="${index}"] .rl-history-main`);
      if (button) button.focus();
      else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    // At once when the row is drawn, so a Tab pressed right after the arrow leaves from the new entry.
    tryFocus(0);
  };
  const step = (from: number, by: 1 | -1): number => {
    for (let i = from + by; i >= 0 && i < count; i += by) if (isEntry(i)) return i;
    return from;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    let to: number | null = null;
    if (event.key === 'ArrowDown') to = step(index, 1);
    else if (event.key === 'ArrowUp') to = step(index, -1);
    else if (event.key === 'Home') to = step(-1, 1);
    else if (event.key === 'End') to = step(count, -1);
    else if (event.key === 'ArrowRight' && target.classList.contains('rl-history-main')) {
      event.preventDefault();
      row.querySelector<HTMLElement>('.rl-history-more')?.focus();
      return;
    } else if (event.key === 'ArrowLeft' && target.classList.contains('rl-history-more')) {
      event.preventDefault();
      row.querySelector<HTMLElement>('.rl-history-main')?.focus();
      return;
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      row.querySelector<HTMLElement>('.rl-history-more')?.click();
      return;
    }
    if (to === null || to < 0) return;
    event.preventDefault();
    focusEntry(event.currentTarget, to);
  };

  return { onKeyDown, tabStop, onEntryFocus: setCurrent };
}
