import type { Browser, Page } from '@playwright/test';
import { LONGTASK_INIT, longTasksSince, newBenchContext } from './browser';

export interface RunnerBenchResult {
  requests: number;
  /** Click on Run → the summary says the run finished. */
  runMs: number;
  /** The same number of sequential bare fetches of the same URLs, from the same page, in the same run. */
  bareFetchMs: number;
  longestTaskMs: number;
  topTasksMs: number[];
  /** The longest gap between two animation frames while the run was going (a frozen page shows here first). */
  longestFrameGapMs: number;
  summary: string;
}

const REQUESTS_PER_ITERATION = 10;

/** A Postman collection of ten sandbox GETs, each with one test, as a person would import it. */
function benchCollection(origin: string): string {
  const item = Array.from({ length: REQUESTS_PER_ITERATION }, (_, i) => ({
    name: `Book ${i + 1}`,
    request: { method: 'GET', url: `${origin}/sandbox/anything/runner-bench?n=${i + 1}` },
    event: [{ listen: 'test', script: { type: 'text/javascript', exec: ["pm.test('Status code is 200', () => pm.response.to.have.status(200));"] } }],
  }));
  return JSON.stringify({ info: { name: 'Runner bench', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item });
}

async function importCollection(page: Page, origin: string) {
  await page.getByRole('toolbar', { name: 'Side panels' }).getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('complementary', { name: 'Import and export' }).getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Import file').setInputFiles({ name: 'runner-bench.postman_collection.json', mimeType: 'application/json', buffer: Buffer.from(benchCollection(origin)) });
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const collections = page.getByRole('toolbar', { name: 'Side panels' }).getByRole('button', { name: 'Collections', exact: true });
  // The switch folds the panel when it is already open.
  if ((await collections.getAttribute('aria-pressed')) !== 'true') await collections.click();
}

/** Records the longest gap between animation frames from now until the page sets __stopFrames. */
const FRAME_PROBE = () => {
  const w = window as unknown as { __frameGap: number; __stopFrames: boolean };
  w.__frameGap = 0;
  w.__stopFrames = false;
  let last = performance.now();
  const tick = (t: number) => {
    w.__frameGap = Math.max(w.__frameGap, t - last);
    last = t;
    if (!w.__stopFrames) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

/** 100 iterations of ten requests through the app's runner, against 1,000 bare fetches of the same URLs. */
export async function measureRunner(browser: Browser, baseUrl: string, iterations = 100): Promise<RunnerBenchResult> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  await page.goto(baseUrl);
  await page.getByRole('textbox', { name: 'URL' }).waitFor({ state: 'visible' });
  const origin = new URL(baseUrl).origin;
  await importCollection(page, origin);
  const requests = iterations * REQUESTS_PER_ITERATION;

  const bareFetchMs = await page.evaluate(
    async ({ origin, iterations, per }) => {
      const t = performance.now();
      for (let i = 0; i < iterations; i++) for (let n = 1; n <= per; n++) await (await fetch(`${origin}/sandbox/anything/runner-bench?n=${n}`)).arrayBuffer();
      return performance.now() - t;
    },
    { origin, iterations, per: REQUESTS_PER_ITERATION },
  );

  const tree = page.getByRole('tree', { name: 'Collections' });
  await tree.getByRole('button', { name: 'Actions for Runner bench' }).click();
  await page.getByRole('menuitem', { name: 'Run collection…' }).click();
  const runner = page.getByRole('dialog', { name: 'Runner bench' });
  const count = runner.getByRole('textbox', { name: 'Iterations' });
  await count.fill(String(iterations));
  // Let the runner's lazy chunk and the import's storage work settle, so their tasks are not counted.
  await page.waitForTimeout(1000);
  const start = await page.evaluate(() => performance.now());
  await page.evaluate(FRAME_PROBE);
  await runner.getByRole('button', { name: 'Run collection' }).click();
  const summary = runner.getByRole('status');
  await summary.filter({ hasText: /^Run finished/ }).waitFor({ timeout: 300_000 });
  const runMs = (await page.evaluate(() => performance.now())) - start;
  const longestFrameGapMs = await page.evaluate(() => {
    const w = window as unknown as { __frameGap: number; __stopFrames: boolean };
    w.__stopFrames = true;
    return w.__frameGap;
  });
  const tasks = await longTasksSince(page, start);
  const durations = tasks.map((e) => Math.round(e.duration)).sort((a, b) => b - a);
  const text = (await summary.textContent()) ?? '';
  await context.close();
  return { requests, runMs: Math.round(runMs), bareFetchMs: Math.round(bareFetchMs), longestTaskMs: durations[0] ?? 0, topTasksMs: durations.slice(0, 3), longestFrameGapMs: Math.round(longestFrameGapMs), summary: text };
}
