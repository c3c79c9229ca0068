import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { HistoryHead } from '../../../core/model';
import { filterHistory, groupHistoryByDay, historyFacets, historyFiltered, NO_HISTORY_FILTERS, searchHistory, type HistoryFilters } from '../../../core/workspace';
import { useHistoryHeads } from '../../storage';
import { runHistoryAction } from './historyActions';
import { HistoryItem } from './HistoryItem';
import { useHistoryRoving } from './useHistoryRoving';
import { HistoryFilterBar } from './HistoryFilterBar';
import { ClearHistory } from './ClearHistory';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

const DAY_ROW = 26;
const ENTRY_ROW = 44;

/**
 * Every exchange, newest first and grouped by day. Only the visible rows render (10,000 entries
 * cost nothing at start), and only heads are loaded: bodies come from IndexedDB when restored.
 */
export function HistoryList() {
  const heads = useHistoryHeads();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [filters, setFilters] = useState<HistoryFilters>(NO_HISTORY_FILTERS);
  const [comparing, setComparing] = useState<HistoryHead | null>(null);
  const [error, setError] = useState<string | null>(null);
  const facets = useMemo(() => historyFacets(heads ?? []), [heads]);
  const rows = useMemo(() => groupHistoryByDay(filterHistory(searchHistory(heads ?? [], deferred), filters), Date.now()), [heads, deferred, filters]);
  const narrowed = query !== '' || historyFiltered(filters);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'day' ? DAY_ROW : ENTRY_ROW),
    overscan: 8,
    getItemKey: (i) => {
      const row = rows[i];
      return row ? (row.type === 'day' ? `day-${row.key}` : row.head.id) : i;
    },
  });
  const roving = useHistoryRoving((i) => rows[i]?.type === 'entry', rows.length, virtualizer);
  const guard = (work: Promise<unknown>) =>
    void work.then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const total = heads?.length ?? 0;
  const shown = rows.filter((r) => r.type === 'entry').length;

  return (
    <div className="rl-panel rl-history">
      <h2 className="rl-panel-title">History</h2>
      <input
        type="search"
        aria-label="Search history"
        placeholder="Search: URL, GET, 404, 5xx"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <HistoryFilterBar filters={filters} methods={facets.methods} hosts={facets.hosts} onChange={setFilters} />
      <p className="rl-note" aria-live="polite">
        {heads === undefined ? 'Loading history…' : narrowed ? `${shown} of ${plural(total, 'entry', 'entries')} match.` : `${plural(total, 'entry', 'entries')}.`}
      </p>
      {comparing && (
        <p className="rl-note" role="status">
          Selected for compare: {comparing.method} {comparing.url}. Choose “Compare with…” on another entry.{' '}
          <button type="button" onClick={() => setComparing(null)}>
            Clear selection
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <div ref={scrollRef} className="rl-history-scroll" role="list" aria-label="History entries" onKeyDown={roving.onKeyDown}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
              >
                {row.type === 'day' ? (
                  <div className="rl-history-day" role="listitem" aria-label={`${row.label}, ${plural(row.count, 'entry', 'entries')}`}>
                    {row.label}
                  </div>
                ) : (
                  <HistoryItem
                    head={row.head}
                    comparing={comparing}
                    tabbable={item.index === roving.tabStop}
                    onFocus={() => roving.onEntryFocus(item.index)}
                    onAction={(action) => {
                      if (action === 'compareSelect') setComparing(row.head);
                      else {
                        if (action === 'compareWith') setComparing(null);
                        guard(runHistoryAction(action, row.head, comparing));
                      }
                    }}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
      <ClearHistory heads={heads ?? []} />
    </div>
  );
}
