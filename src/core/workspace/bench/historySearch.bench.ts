/**
 * History search speed over 10,000 entries (target: under 50 ms). A benchmark, not a test:
 * run with `npx tsx src/core/workspace/bench/historySearch.bench.ts` (also part of `npm run bench`).
 */
import { measureHistorySearch } from './historySearchBench';

const rows = measureHistorySearch(10_000);
console.table(rows);
const worst = Math.max(...rows.map((r) => r.medianMs));
console.log(`History search + grouping over 10,000 entries: worst median ${worst} ms (target < 50 ms) → ${worst < 50 ? 'OK' : 'TOO SLOW'}`);
