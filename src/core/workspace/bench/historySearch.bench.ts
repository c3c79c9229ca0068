/**
 * History search speed over 10,000 entries (target: under 50 ms). A benchmark, not a test:
 * run with `npx tsx src/core/workspace/bench/historySearch.bench.ts`.
 */
import type { HistoryHead } from '../../model';
import { searchHistory } from '../historySearch';
import { groupHistoryByDay, sortHeadsNewestFirst } from '../historyDays';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const STATUSES = [200, 201, 204, 301, 400, 401, 404, 422, 500, 503];

function heads(count: number): HistoryHead[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => ({
    schemaVersion: 2,
    id: `h${i}`,
    createdAt: now - i * 60_000,
    method: METHODS[i % METHODS.length] as string,
    url: `https://api${i % 7}.example.test/v1/resources/${i}/items?page=${i % 13}&q=term${i % 101}`,
    status: STATUSES[i % STATUSES.length] as number,
    durationMs: i % 300,
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const data = sortHeadsNewestFirst(heads(10_000));
const queries = ['', 'items', 'GET', '404', '5xx', 'post api3 2xx', 'term42', 'method:delete status:500 resources', 'nomatch-at-all'];
const rows: { query: string; matches: number; medianMs: number; maxMs: number }[] = [];
for (const q of queries) {
  const times: number[] = [];
  let matches = 0;
  for (let run = 0; run < 25; run++) {
    const t0 = performance.now();
    const found = searchHistory(data, q);
    // The list also groups by day on each search: measure both, as the UI does.
    groupHistoryByDay(found, Date.now());
    times.push(performance.now() - t0);
    matches = found.length;
  }
  rows.push({ query: q || '(empty)', matches, medianMs: Number(median(times).toFixed(2)), maxMs: Number(Math.max(...times).toFixed(2)) });
}
console.table(rows);
const worst = Math.max(...rows.map((r) => r.medianMs));
console.log(`History search + grouping over 10,000 entries: worst median ${worst} ms (target < 50 ms) → ${worst < 50 ? 'OK' : 'TOO SLOW'}`);
