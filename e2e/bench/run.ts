/**
 * npm run bench: starts the real server, drives Debian's Chromium and prints a table;
 * the JSON goes to bench-results/bench.json. Numbers are reported, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { startServer } from '../../src/server/main';
import { launchBrowser } from './browser';
import { entryJsGzipBytes, measureColdLoad } from './coldLoad';
import { measureSendOverhead } from './sendOverhead';
import { measureLargeJson } from './largeJson';

const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);

async function main() {
  const server = await startServer({ port: 0, host: '127.0.0.1' });
  const browser = await launchBrowser();
  const results: Record<string, unknown> = {};
  try {
    if (wants('cold')) {
      const entry = entryJsGzipBytes('dist');
      const load = await measureColdLoad(browser, server.url);
      results.coldLoad = { entryJsGzipKb: +(entry.gzip / 1024).toFixed(1), entryFiles: entry.files, ...load };
      console.table([{ 'entry JS (kB gz)': +(entry.gzip / 1024).toFixed(1), requests: load.requests, 'URL ready (ms)': load.readyMs }]);
    }
    if (wants('send')) {
      const rows = [];
      for (const sender of ['Local relay', 'Browser (direct)'] as const) rows.push(await measureSendOverhead(browser, server.url, sender));
      results.sendOverhead = rows;
      console.table(rows.map((r) => ({ sender: r.sender, 'app (ms)': r.appMs.toFixed(1), 'bare fetch (ms)': r.bareMs.toFixed(1), 'overhead (ms)': r.overheadMs.toFixed(1), ratio: r.ratio.toFixed(2) })));
    }
    if (wants('large')) {
      const rows = [];
      for (const mb of [1, 10, 50, 200]) {
        const r = await measureLargeJson(browser, server.url, mb);
        rows.push(r);
        console.log(`large JSON ${mb} MB:`, JSON.stringify(r));
      }
      results.largeJson = rows;
      console.table(rows.map((r) => ({ MB: r.mb, 'first lines (ms)': r.firstLinesMs?.toFixed(0) ?? 'never', 'longest task (ms)': Number.isFinite(r.longestTaskMs) ? r.longestTaskMs.toFixed(0) : '-', 'heap (MB)': r.heapMb, survived: r.survived })));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2));
  console.log('wrote bench-results/bench.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
