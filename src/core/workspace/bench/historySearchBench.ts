/**
 * History search speed over many entries (target: under 50 ms for 10,000). Shared by the
 * stand-alone script (historySearch.bench.ts) and `npm run bench`; never a timed test.
 */
import type { HistoryHead } from '../../model';
import { WORKSPACE_SCHEMA_VERSION } from '../../model';
import { searchHistory } from '../historySearch';
import { groupHistoryByDay, sortHeadsNewestFirst } from '../historyDays';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const STATUSES = [200, 201, 204, 301, 400, 401, 404, 422, 500, 503];

/** `count` varied history heads, one a minute going back from `now` (also used to seed start-up benches). */
export function benchHistoryHeads(count: number, now = Date.now()): HistoryHead[] {
  return Array.from({ length: count }, (_, i) => ({
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id: `h${i}`,
    createdAt: now - i * 60_000,
    method: METHODS[i % METHODS.length] as string,
    url: `https://api${i % 7}.example.test/v1/resources/${i}/items?page=${i % 13}&q=term${i % 101}`,
    status: STATUSES[i % STATUSES.length] as number,
    durationMs: i % 300,
  }));
}

export const HISTORY_BENCH_QUERIES = ['', 'items', 'GET', '404', '5xx', 'post api3 2xx', 'term42', 'method:delete status:500 resources', 'nomatch-at-all'];

export interface HistorySearchRow {
  query: string;
  matches: number;
  medianMs: number;
  maxMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Search + day grouping (as the list does on each keystroke), `runs` times per query. */
export function measureHistorySearch(count = 10_000, runs = 25): HistorySearchRow[] {
  const data = sortHeadsNewestFirst(benchHistoryHeads(count));
  return HISTORY_BENCH_QUERIES.map((q) => {
    const times: number[] = [];
    let matches = 0;
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      const found = searchHistory(data, q);
      groupHistoryByDay(found, Date.now());
      times.push(performance.now() - t0);
      matches = found.length;
    }
    return { query: q || '(empty)', matches, medianMs: Number(median(times).toFixed(2)), maxMs: Number(Math.max(...times).toFixed(2)) };
  });
}
