import type { Browser } from '@playwright/test';
import { LONGTASK_INIT, longTasksSince, memoryMb, newBenchContext } from './browser';

export interface LargeJsonResult {
  mb: number;
  /** Click → the first lines of the body visible (while it may still be downloading). */
  firstLinesMs: number | null;
  /** Click → the final status line and the finished body view. */
  completeMs: number | null;
  longestTaskMs: number;
  /** Then the body scrolled (20 wheel turns) and a JSONPath filter run over it: the longest task meanwhile. */
  scrollSearchLongestMs: number | null;
  /** Filter clicked → its match count shown. */
  jsonPathMs: number | null;
  /** The three longest main-thread tasks, for finding what blocks. */
  topTasksMs: number[];
  heapMb: number | null;
  /** ArrayBuffer memory (the body and the views' copies), when Chromium reports it. */
  arrayBuffersMb: number | null;
  /** The body size the status line shows when complete. */
  sizeShown: string | null;
  survived: boolean;
  note?: string;
}

/** Sends /sandbox/json?mb=N through the relay and waits for the first lines of the body, then for the end. */
export async function measureLargeJson(browser: Browser, baseUrl: string, mb: number): Promise<LargeJsonResult> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(baseUrl);
  await page.getByRole('textbox', { name: 'URL' }).fill(new URL(`/sandbox/json?mb=${mb}`, baseUrl).toString());
  // Let start-up work (lazy chunks, storage) finish so its tasks are not blamed on the body.
  await page.waitForTimeout(1000);
  const start = await page.evaluate(() => performance.now());
  let firstLinesMs: number | null = null;
  let completeMs: number | null = null;
  let note: string | undefined;
  try {
    const times = await page.evaluate(
      () =>
        new Promise<{ first: number; complete: number }>((resolve, reject) => {
          const t = performance.now();
          const before = document.querySelector('[aria-label="Status"][data-exchange-id]')?.getAttribute('data-exchange-id') ?? '';
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send')!;
          button.click();
          const deadline = t + 240_000;
          let first = -1;
          const check = () => {
            const body = document.querySelector('[aria-label="Response body"]');
            // The first element of the sandbox's array has an "id" key: that is the first line shown.
            const hasLines = !!body && /"id"/.test(body.textContent ?? '');
            if (hasLines && first < 0) first = performance.now() - t;
            const status = document.querySelector('[aria-label="Status"][data-exchange-id]');
            const done = !!status && status.getAttribute('data-exchange-id') !== before;
            if (first >= 0 && done && hasLines) resolve({ first, complete: performance.now() - t });
            else if (performance.now() > deadline) reject(new Error(first < 0 ? 'first lines never became visible' : 'the response never completed'));
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    firstLinesMs = times.first;
    completeMs = times.complete;
    // Let the rest of the work (worker messages, history save, rendering) settle before reading the longest task.
    await page.waitForTimeout(2000);
  } catch (e) {
    note = (e as Error).message;
  }
  let scrollSearchLongestMs: number | null = null;
  let jsonPathMs: number | null = null;
  if (completeMs !== null && !crashed) {
    try {
      const shownAt = await page.evaluate(() => performance.now());
      const body = page.getByLabel('Response body');
      const box = await body.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, 900);
        await page.waitForTimeout(60);
      }
      await page.getByRole('textbox', { name: 'JSONPath expression' }).fill('$[1000].id');
      const filter = page.getByRole('search', { name: 'JSONPath filter' });
      const clickedAt = await page.evaluate(() => performance.now());
      await filter.getByRole('button', { name: 'Filter' }).click();
      await page.getByText(/1 match of/).waitFor({ timeout: 120_000 });
      jsonPathMs = (await page.evaluate(() => performance.now())) - clickedAt;
      await page.waitForTimeout(1000);
      scrollSearchLongestMs = Math.round((await longTasksSince(page, shownAt)).reduce((m, e) => Math.max(m, e.duration), 0));
    } catch (e) {
      note = `scroll and JSONPath: ${(e as Error).message.split('\n')[0]}`;
    }
  }
  const survived = !crashed && (await page.evaluate(() => 1 + 1).catch(() => 0)) === 2;
  const tasks = survived ? await longTasksSince(page, start) : [];
  const durations = tasks.map((e) => Math.round(e.duration)).sort((a, b) => b - a);
  const memory = survived ? await memoryMb(page) : { heapMb: null, arrayBuffersMb: null };
  const sizeShown = survived ? await page.locator('[aria-label="Size"]').first().textContent({ timeout: 1000 }).catch(() => null) : null;
  await context.close().catch(() => undefined);
  return {
    mb,
    firstLinesMs,
    completeMs,
    longestTaskMs: survived ? (durations[0] ?? 0) : NaN,
    topTasksMs: durations.slice(0, 3),
    scrollSearchLongestMs,
    jsonPathMs,
    ...memory,
    sizeShown,
    survived,
    ...(note ? { note } : {}),
  };
}
