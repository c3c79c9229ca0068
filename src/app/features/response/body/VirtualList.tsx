import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** The virtualizer measures every row of its list up front (~35 ms per 100k rows), and browsers cap element heights near 33 M px: longer lists are shown a window at a time. */
const WINDOW_ROWS = 100_000;

interface Props {
  count: number;
  renderRow: (index: number) => ReactNode;
  onRange?: (first: number, last: number) => void;
  ariaLabel: string;
  rowHeight?: number;
  className?: string;
}

/** Only the rows on screen exist in the DOM, whatever the count. */
export function VirtualList({ count, renderRow, onRange, ariaLabel, rowHeight = 18, className }: Props) {
  const [windowStart, setWindowStart] = useState(0);
  const start = Math.min(windowStart, Math.max(0, count - 1));
  const windowCount = Math.min(WINDOW_ROWS, count - start);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: windowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (last >= 0) onRange?.(start + first, start + last);
  }, [onRange, start, first, last]);
  const [target, setTarget] = useState<number>();
  const moveWindow = (to: number) => {
    setWindowStart(Math.max(0, Math.min(to, count - 1)));
    scrollRef.current?.scrollTo({ top: 0 });
  };
  const goToLine = (line: number) => {
    const row = Math.max(0, Math.min(count - 1, Math.floor(line) - 1));
    setWindowStart(Math.floor(row / WINDOW_ROWS) * WINDOW_ROWS);
    setTarget(row);
  };
  useEffect(() => {
    if (target === undefined || target < start || target >= start + windowCount) return;
    virtualizer.scrollToIndex(target - start, { align: 'start' });
    setTarget(undefined);
  }, [target, start, windowCount, virtualizer]);
  return (
    <div className={`rl-vlist ${className ?? ''}`}>
      {count > WINDOW_ROWS && (
        <div className="rl-vlist-pager" role="group" aria-label="Line window">
          <button type="button" className="rl-button" disabled={start === 0} onClick={() => moveWindow(start - WINDOW_ROWS)}>
            Previous lines
          </button>
          <span>
            Lines {(start + 1).toLocaleString()}–{(start + windowCount).toLocaleString()} of {count.toLocaleString()}
          </span>
          <button
            type="button"
            className="rl-button"
            disabled={start + windowCount >= count}
            onClick={() => moveWindow(start + WINDOW_ROWS)}
          >
            Next lines
          </button>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const value = Number(new FormData(e.currentTarget).get('line'));
              if (Number.isFinite(value) && value >= 1) goToLine(value);
            }}
          >
            <input className="rl-input" name="line" type="number" min={1} max={count} aria-label="Go to line" placeholder="Go to line" />
          </form>
        </div>
      )}
      <div ref={scrollRef} className="rl-vlist-scroll" role="list" aria-label={ariaLabel} tabIndex={0}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: '100%' }}>
          {items.map((item) => (
            <div
              key={item.key}
              role="listitem"
              className="rl-vlist-row"
              style={{ position: 'absolute', top: 0, left: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
            >
              {renderRow(start + item.index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
