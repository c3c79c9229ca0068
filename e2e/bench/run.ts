/**
 * npm run bench: starts the real server, drives Debian's Chromium and prints a table;
 * the JSON goes to bench-results/bench.json. Numbers are reported, never asserted.
 *
 * `npx tsx e2e/bench/run.ts [cold] [learn] [send] [large] [startup] [tabs] [search] [runner] [uploads]` runs only those parts.
 * BENCH_DIST=<dir> serves an already built app from <dir> instead of building dist/ when stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIfStale } from '../../src/server/buildIfStale';
import { startServer, DEFAULT_DIST_DIR } from '../../src/server/startServer';
import { measureHistorySearch } from '../../src/core/workspace/bench/historySearchBench';
import { launchBrowser } from './browser';
import { entryJsGzipBytes, measureColdLoad } from './coldLoad';
import { measureLearnEntry } from './learnEntry';
import { measureSendOverhead } from './sendOverhead';
import { measureLargeJson } from './largeJson';
import { measureRunner } from './runner';
import { measureUploads } from './uploads';
import { measureTabsStartup, measureWorkspaceStartup } from './workspaceStartup';

const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);
const ms = (n: number | null | undefined, digits = 0) => (n === null || n === undefined || !Number.isFinite(n) ? '-' : n.toFixed(digits));

async function main() {
  const distDir = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : DEFAULT_DIST_DIR;
  if (!process.env.BENCH_DIST) await buildIfStale(resolve(DEFAULT_DIST_DIR, '..'), distDir, (line) => console.log(line));
  const server = await startServer({ port: 0, host: '127.0.0.1', distDir });
  const browser = await launchBrowser();
  const results: Record<string, unknown> = {};
  try {
    if (wants('cold')) {
      const entry = entryJsGzipBytes(distDir);
      const load = await measureColdLoad(browser, server.url, distDir);
      results.coldLoad = { entryJsGzipKb: +(entry.gzip / 1024).toFixed(1), entryFiles: entry.files, ...load };
      console.log('\nCold load (targets: all JS before ready and idle ≤ 100 kB gzip; URL ready ≤ 500 ms)');
      console.table([
        {
          'entry JS (kB gz)': +(entry.gzip / 1024).toFixed(1),
          'JS before idle (kB gz)': load.beforeIdleGzipKb,
          'JS after idle (kB gz)': load.afterIdleGzipKb,
          'longest task after idle (ms)': load.longestTaskAfterIdleMs,
          requests: load.requests,
          'URL field painted, in page (ms)': load.urlPaintedMs,
          'URL ready, harness (ms)': load.readyMs,
        },
      ]);
      console.log('Scripts loaded before ready and idle:');
      console.table(load.beforeIdleFiles.map((f) => ({ file: f.path, 'kB gz': f.gzipKb })));
      console.log('Scripts loaded after idle:');
      console.table(load.afterIdleFiles.map((f) => ({ file: f.path, 'kB gz': f.gzipKb })));
    }
    if (wants('learn')) {
      const learn = measureLearnEntry(distDir);
      results.learnEntry = learn;
      console.log(`\nLearn in the entry, against ${learn.ref} (target: ≤ 2 kB gzip added)`);
      console.table([{ 'entry before (kB gz)': learn.beforeKb, 'entry now (kB gz)': learn.nowKb, 'added (kB gz)': learn.addedKb, 'Learn chunk, lazy (kB gz)': learn.learnChunkKb }]);
    }
    if (wants('send')) {
      const rows = [];
      for (const sender of ['Local relay', 'Browser (direct)'] as const) rows.push(await measureSendOverhead(browser, server.url, sender));
      results.sendOverhead = rows;
      console.log('\nSend: click → status painted (MutationObserver + next frame), against a bare fetch (target: ≤ 16 ms after it, median)');
      console.table(rows.map((r) => ({ sender: r.sender, 'app (ms)': ms(r.appMs, 1), 'bare fetch (ms)': ms(r.bareMs, 1), 'overhead (ms)': ms(r.overheadMs, 1), ratio: ms(r.ratio, 2) })));
    }
    if (wants('large')) {
      const rows = [];
      for (const mb of [1, 10, 50, 200]) {
        const r = await measureLargeJson(browser, server.url, mb);
        rows.push(r);
        console.log(`large JSON ${mb} MB:`, JSON.stringify(r));
      }
      results.largeJson = rows;
      console.log('\nLarge JSON through the relay, then scrolled and filtered with JSONPath (targets, issue 15: 50 MB first lines ≤ 0.5 s after the status, no task > 50 ms; 200 MB survives)');
      console.table(
        rows.map((r) => ({
          MB: r.mb,
          'first lines (ms)': r.firstLinesMs === null ? 'never' : ms(r.firstLinesMs),
          'complete (ms)': r.completeMs === null ? 'never' : ms(r.completeMs),
          'longest task (ms)': ms(r.longestTaskMs),
          'top tasks (ms)': r.topTasksMs.join(', '),
          'longest task, scroll + JSONPath (ms)': ms(r.scrollSearchLongestMs),
          'JSONPath answered (ms)': ms(r.jsonPathMs),
          size: r.sizeShown ?? '-',
          'heap (MB)': r.heapMb,
          'buffers (MB)': r.arrayBuffersMb ?? '-',
          survived: r.survived,
        })),
      );
    }
    if (wants('startup')) {
      const startup = await measureWorkspaceStartup(browser, server.url);
      results.workspaceStartup = startup;
      console.log('\nStart-up with a big workspace, the History panel open (target, issue 15: ≤ 150 ms slower to a ready URL field)');
      console.table(startup.rows.map((r) => ({ workspace: r.workspace, 'URL ready (ms)': r.urlReadyMs, 'history listed (ms)': r.historyListedMs ?? '-', 'longest task (ms)': r.longestTaskMs })));
      console.log(`slower by ${startup.slowerMs} ms`);
    }
    if (wants('tabs')) {
      const startup = await measureTabsStartup(browser, server.url);
      results.tabsStartup = startup;
      console.log('\nStart-up with 20 restored tabs, one a 5 MB body draft (target: ≤ 150 ms slower to a ready URL field)');
      console.table(startup.rows.map((r) => ({ tabs: r.workspace, 'URL ready (ms)': r.urlReadyMs, 'longest task (ms)': r.longestTaskMs })));
      console.log(`slower by ${startup.slowerMs} ms`);
    }
    if (wants('uploads')) {
      const rows = await measureUploads();
      results.uploads = rows;
      console.log('\nUploads of 60 MB, server in its own process (targets: one raises RSS ≤ 64 MB; eight at once < 400 MB; a small call during them ≤ 100 ms)');
      console.table(rows.map((r) => ({ route: r.route === 'relay' ? 'relay → sandbox echo' : 'sandbox echo', 'one: RSS rise (MB)': r.singleRiseMb, 'eight: peak RSS (MB)': r.concurrentPeakMb, 'small call (ms)': r.smallCallMs, 'all echoed in full size': r.allEchoed })));
    }
    if (wants('runner')) {
      const r = await measureRunner(browser, server.url);
      results.runner = r;
      console.log('\nCollection runner, 1,000 requests with a test each (target: no main-thread task over 100 ms)');
      console.table([{ requests: r.requests, 'run (ms)': r.runMs, 'bare fetches (ms)': r.bareFetchMs, ratio: ms(r.runMs / r.bareFetchMs, 2), 'longest task (ms)': r.longestTaskMs, 'top tasks (ms)': r.topTasksMs.join(', '), 'longest frame gap (ms)': r.longestFrameGapMs }]);
      console.log(r.summary);
    }
    if (wants('search')) {
      const rows = measureHistorySearch(10_000);
      const worst = Math.max(...rows.map((r) => r.medianMs));
      results.historySearch = { entries: 10_000, worstMedianMs: worst, rows };
      console.log('\nHistory search + day grouping over 10,000 entries, Node (target: < 50 ms)');
      console.table(rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync('bench-results', { recursive: true });
  const file = 'bench-results/bench.json';
  // A partial run (`run.ts large`) updates its parts and keeps the others from the last run.
  const previous = only.length > 0 && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...previous, date: new Date().toISOString(), ...results }, null, 2));
  console.log('wrote bench-results/bench.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
