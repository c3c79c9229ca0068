import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { LONGTASK_INIT, longestTaskSince, median, newBenchContext } from './browser';

/** The gzip size of each built script, by its path under dist (`assets/index-….js`). */
function gzipOf(distDir: string, path: string): number {
  return gzipSync(readFileSync(join(distDir, path))).length;
}

/** Entry JS = the scripts and modulepreloads that index.html loads before anything lazy. */
export function entryJsGzipBytes(distDir: string): { files: string[]; gzip: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gzip = files.reduce((sum, f) => sum + gzipOf(distDir, f), 0);
  return { files, gzip };
}

/**
 * Marks the page's first idle period after the URL field is ready: the first idle callback (the
 * app's or this probe's) that runs in a real idle period (not forced by its timeout) once the field
 * is there and enabled. Work the app defers to idle starts at or after this mark.
 */
const IDLE_MARK_INIT = `
  window.__idleAt = null;
  const urlReady = () => {
    const el = document.querySelector('input[aria-label="URL"], [aria-label="URL"]');
    return !!el && !el.disabled;
  };
  const ric = window.requestIdleCallback.bind(window);
  const mark = (deadline) => {
    if (window.__idleAt === null && !deadline.didTimeout && urlReady()) window.__idleAt = performance.now();
    return window.__idleAt !== null;
  };
  window.requestIdleCallback = (cb, opts) => ric((deadline) => (mark(deadline), cb(deadline)), opts);
  const probe = () => ric((deadline) => { if (!mark(deadline)) probe(); });
  probe();
`;

/**
 * When a person could see the URL field ready: the animation frame after it is first in the page
 * and enabled, in the page's clock from navigation. The harness's own time (goto, then polling for
 * the field over the DevTools protocol) is reported beside it, and adds its own delay.
 */
const URL_PAINTED_INIT = `
  window.__urlPaintedAt = null;
  const ready = () => {
    const el = document.querySelector('input[aria-label="URL"], [aria-label="URL"]');
    return !!el && !el.disabled;
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__urlPaintedAt = performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
`;

interface ScriptTiming {
  path: string;
  startMs: number;
}

/**
 * Issue 15 counts every script fetched before the URL field is ready and the page is idle, not only
 * the entry: a script counts when its request started before the first idle period after the URL
 * field was ready (Resource Timing, in the page's clock). What the app loads from idle callbacks
 * comes after, and is listed apart with the longest task it caused.
 */
export async function measureColdLoad(browser: Browser, url: string, distDir: string, runs = 5) {
  const times: number[] = [];
  const painted: number[] = [];
  const requests: number[] = [];
  const beforeSums: number[] = [];
  let before: string[] = [];
  let after: string[] = [];
  let longestAfterIdle = 0;
  for (let i = 0; i < runs; i++) {
    const context = await newBenchContext(browser);
    await context.addInitScript(LONGTASK_INIT);
    await context.addInitScript(IDLE_MARK_INIT);
    await context.addInitScript(URL_PAINTED_INIT);
    const page = await context.newPage();
    let count = 0;
    page.on('request', () => count++);
    const start = Date.now();
    await page.goto(url);
    await page.getByRole('textbox', { name: 'URL' }).waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const el = document.querySelector('input[aria-label="URL"], [aria-label="URL"]') as HTMLInputElement | null;
      return !!el && !el.disabled;
    });
    times.push(Date.now() - start);
    painted.push(await page.waitForFunction(() => (window as unknown as { __urlPaintedAt: number | null }).__urlPaintedAt).then((h) => h.jsonValue() as Promise<number>));
    await page.waitForFunction(() => (window as unknown as { __idleAt: number | null }).__idleAt !== null, undefined, { timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    const { idleAt, scripts } = await page.evaluate(() => ({
      idleAt: (window as unknown as { __idleAt: number }).__idleAt,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ path: new URL(e.name).pathname.replace(/^\//, ''), startMs: e.startTime })),
    }));
    const split = (s: ScriptTiming[]) => [s.filter((e) => e.startMs < idleAt).map((e) => e.path), s.filter((e) => e.startMs >= idleAt).map((e) => e.path)] as const;
    [before, after] = split(scripts);
    beforeSums.push(before.reduce((sum, f) => sum + gzipOf(distDir, f), 0));
    longestAfterIdle = Math.max(longestAfterIdle, await longestTaskSince(page, idleAt));
    requests.push(count);
    await context.close();
  }
  const listed = (paths: string[]) => paths.map((path) => ({ path, gzipKb: +(gzipOf(distDir, path) / 1024).toFixed(1) })).sort((a, b) => b.gzipKb - a.gzipKb);
  const kb = (files: { gzipKb: number }[]) => +files.reduce((sum, f) => sum + f.gzipKb, 0).toFixed(1);
  const afterIdleFiles = listed(after);
  return {
    readyMs: median(times),
    urlPaintedMs: Math.round(median(painted)),
    requests: median(requests),
    beforeIdleGzipKb: +(median(beforeSums) / 1024).toFixed(1),
    beforeIdleFiles: listed(before),
    afterIdleGzipKb: kb(afterIdleFiles),
    afterIdleFiles,
    longestTaskAfterIdleMs: Math.round(longestAfterIdle),
  };
}

export function distSize(distDir: string): number {
  return statSync(join(distDir, 'index.html')).size;
}
