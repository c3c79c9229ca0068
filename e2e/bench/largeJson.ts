import type { Browser } from '@playwright/test';
import { LONGTASK_INIT, jsHeapMb, longestTaskSince } from './browser';

export interface LargeJsonResult {
  mb: number;
  firstLinesMs: number | null;
  longestTaskMs: number;
  heapMb: number | null;
  survived: boolean;
  note?: string;
}

/** Sends /sandbox/json?mb=N through the relay and waits for the first lines of the body. */
export async function measureLargeJson(browser: Browser, baseUrl: string, mb: number): Promise<LargeJsonResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_INIT);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(baseUrl);
  await page.getByRole('textbox', { name: 'URL' }).fill(new URL(`/sandbox/json?mb=${mb}`, baseUrl).toString());
  const start = await page.evaluate(() => performance.now());
  let firstLinesMs: number | null = null;
  let note: string | undefined;
  try {
    firstLinesMs = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const t = performance.now();
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send')!;
          button.click();
          const deadline = t + 240_000;
          const check = () => {
            const body = document.querySelector('[aria-label="Response body"]');
            // The first element of the sandbox's array has an "id" key: that is the first line shown.
            if (body && /"id"/.test(body.textContent ?? '')) resolve(performance.now() - t);
            else if (performance.now() > deadline) reject(new Error('first lines never became visible'));
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    // Let the rest of the work (worker messages, rendering) settle before reading the longest task.
    await page.waitForTimeout(1500);
  } catch (e) {
    note = (e as Error).message;
  }
  const survived = !crashed && (await page.evaluate(() => 1 + 1).catch(() => 0)) === 2;
  const longestTaskMs = survived ? await longestTaskSince(page, start) : NaN;
  const heapMb = survived ? await jsHeapMb(page) : null;
  await context.close().catch(() => undefined);
  return { mb, firstLinesMs, longestTaskMs, heapMb, survived, ...(note ? { note } : {}) };
}
