import type { Browser, Page } from '@playwright/test';
import { LONGTASK_INIT, longestTaskSince, median, newBenchContext } from './browser';
import { seedWorkspace, workspaceSeed } from './workspaceSeed';

export interface StartupRow {
  workspace: string;
  /** Navigation start → URL field visible and enabled (median). */
  urlReadyMs: number;
  /** Navigation start → first history entry listed (median; null for an empty history). */
  historyListedMs: number | null;
  /** Longest main-thread task in the first 3 s after load (median over runs). */
  longestTaskMs: number;
}

async function urlReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('input[aria-label="URL"], [aria-label="URL"]') as HTMLInputElement | null;
    return !!el && !el.disabled && el.getBoundingClientRect().height > 0;
  });
}

/** Times from navigation start, read in the page, so Playwright's polling interval is not counted. */
async function loadOnce(page: Page, url: string, expectHistory: boolean) {
  await page.goto(url);
  await urlReady(page);
  const ready = await page.evaluate(() => {
    const w = window as unknown as { __urlReadyAt?: number };
    return w.__urlReadyAt ?? performance.now();
  });
  let listed: number | null = null;
  if (expectHistory) {
    // The history list may sit behind a sidebar tab: then this figure is simply not reported.
    const shown = await page
      .locator('[aria-label="History entries"] .rl-history-item')
      .first()
      .waitFor({ state: 'attached', timeout: 15_000 })
      .then(() => true, () => false);
    if (shown) listed = await page.evaluate(() => (window as unknown as { __historyAt?: number }).__historyAt ?? performance.now());
  }
  await page.waitForTimeout(3000);
  const longest = await longestTaskSince(page, 0);
  return { ready, listed, longest };
}

/** Records, inside the page, the first frame at which the URL field is usable and a history entry shows. */
const READY_WATCH_INIT = `
  (() => {
    const check = () => {
      const el = document.querySelector('input[aria-label="URL"], [aria-label="URL"]');
      if (window.__urlReadyAt === undefined && el && !el.disabled && el.getBoundingClientRect().height > 0) window.__urlReadyAt = performance.now();
      if (window.__historyAt === undefined && document.querySelector('[aria-label="History entries"] .rl-history-item')) window.__historyAt = performance.now();
      if (window.__urlReadyAt === undefined || window.__historyAt === undefined) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();
`;

async function measure(browser: Browser, baseUrl: string, label: string, seed: ReturnType<typeof workspaceSeed> | null, runs: number): Promise<StartupRow> {
  const context = await newBenchContext(browser);
  await context.addInitScript(LONGTASK_INIT);
  await context.addInitScript(READY_WATCH_INIT);
  // Seed from a non-app page of the same origin, so the app never sees a half-written workspace.
  const seeder = await context.newPage();
  await seeder.goto(new URL('/sandbox/anything/seed', baseUrl).toString());
  if (seed) await seedWorkspace(seeder, seed);
  await seeder.close();
  const ready: number[] = [];
  const listed: number[] = [];
  const longest: number[] = [];
  // One warm-up load: the HTTP cache is then equally warm for both workspaces, so the difference is the data.
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    const r = await loadOnce(page, baseUrl, seed !== null);
    await page.close();
    if (i === 0) continue;
    ready.push(r.ready);
    if (r.listed !== null) listed.push(r.listed);
    longest.push(r.longest);
  }
  await context.close();
  return {
    workspace: label,
    urlReadyMs: Math.round(median(ready)),
    historyListedMs: listed.length ? Math.round(median(listed)) : null,
    longestTaskMs: Math.round(median(longest)),
  };
}

/** Start-up with an empty workspace against 10,000 history entries and 5,000 saved requests. */
export async function measureWorkspaceStartup(browser: Browser, baseUrl: string, runs = 5) {
  const empty = await measure(browser, baseUrl, 'empty', null, runs);
  const seeded = await measure(browser, baseUrl, '10,000 history + 5,000 saved requests', workspaceSeed(10_000, 5_000), runs);
  return { rows: [empty, seeded], slowerMs: seeded.urlReadyMs - empty.urlReadyMs };
}
