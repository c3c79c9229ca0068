import type { Browser, Page } from '@playwright/test';
import { LONGTASK_INIT, longestTaskSince, median, newBenchContext } from './browser';
import { seedTabs, tabsSeed } from './tabsSeed';
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

interface Seeding {
  /** Writes the data from a non-app page of the app's origin. */
  write?: (page: Page) => Promise<void>;
  expectHistory: boolean;
  /** The sidebar panel the page opens with (the app remembers the last one chosen). */
  panel?: 'history';
  /** Checked on every measured load: the data really came back (a bench of nothing measures nothing). */
  verify?: (page: Page) => Promise<void>;
}

async function measure(browser: Browser, baseUrl: string, label: string, seeding: Seeding, runs: number): Promise<StartupRow> {
  const context = await newBenchContext(browser);
  await context.addInitScript(LONGTASK_INIT);
  await context.addInitScript(READY_WATCH_INIT);
  if (seeding.panel) {
    // As a person who last had History open: the 10,000 entries are listed at start-up, not just stored.
    await context.addInitScript(`localStorage.setItem('reqlab.activity', JSON.stringify({ panel: ${JSON.stringify(seeding.panel)}, folded: false }))`);
  }
  // Seed from a non-app page of the same origin, so the app never sees a half-written workspace.
  const seeder = await context.newPage();
  await seeder.goto(new URL('/sandbox/anything/seed', baseUrl).toString());
  if (seeding.write) await seeding.write(seeder);
  await seeder.close();
  const ready: number[] = [];
  const listed: number[] = [];
  const longest: number[] = [];
  // One warm-up load: the HTTP cache is then equally warm for both workspaces, so the difference is the data.
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    const r = await loadOnce(page, baseUrl, seeding.expectHistory);
    await seeding.verify?.(page);
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
  const empty = await measure(browser, baseUrl, 'empty, History open', { expectHistory: false, panel: 'history' }, runs);
  const seed = workspaceSeed(10_000, 5_000);
  const seeded = await measure(browser, baseUrl, '10,000 history + 5,000 saved requests, History open', { write: (p) => seedWorkspace(p, seed), expectHistory: true, panel: 'history' }, runs);
  return { rows: [empty, seeded], slowerMs: seeded.urlReadyMs - empty.urlReadyMs };
}

/** Start-up with no open tabs against 20 restored tabs with drafts, one of them a 5 MB body. */
export async function measureTabsStartup(browser: Browser, baseUrl: string, runs = 5) {
  const none = await measure(browser, baseUrl, 'no open tabs', { expectHistory: false }, runs);
  const seed = tabsSeed(20, 5 * 1024 * 1024);
  const restored = await measure(browser, baseUrl, '20 restored tabs, one with a 5 MB body draft', {
    write: (p) => seedTabs(p, seed),
    expectHistory: false,
    verify: async (page) => {
      const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
      await tabs.nth(19).waitFor({ timeout: 10_000 });
      const count = await tabs.count();
      if (count !== 20) throw new Error(`expected the 20 seeded tabs to be restored, saw ${count}`);
    },
  }, runs);
  return { rows: [none, restored], slowerMs: restored.urlReadyMs - none.urlReadyMs };
}
