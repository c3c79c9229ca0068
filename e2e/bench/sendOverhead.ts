import type { Browser } from '@playwright/test';
import { median, newBenchContext } from './browser';

/**
 * Click on Send → the frame that paints the status, against a bare fetch of the same URL from the
 * same page (to its last byte). Both are timed inside the page with performance.now(), so the
 * Playwright round trip is not counted. Each starts once the page is idle.
 */
export async function measureSendOverhead(browser: Browser, baseUrl: string, sender: 'Local relay' | 'Browser (direct)', runs = 40) {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('textbox', { name: 'URL' }).waitFor({ state: 'visible' });
  const target = new URL('/sandbox/anything/bench?x=1', baseUrl).toString();
  const settings = page.getByRole('tab', { name: 'Settings' });
  if (await settings.isVisible()) await settings.click();
  await page.getByRole('radiogroup', { name: 'Send via' }).getByRole('radio', { name: sender }).check();
  await page.getByRole('textbox', { name: 'URL' }).fill(target);
  const app: number[] = [];
  const bare: number[] = [];
  // What a send defers until after its paint (history, IndexedDB, the editor's model) must not run
  // inside the next bare fetch's window and slow it: each measure starts from a page that is idle.
  const settle = () => page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => setTimeout(resolve, 20), { timeout: 2000 })));
  for (let i = 0; i < runs; i++) {
    await settle();
    bare.push(
      await page.evaluate(async (u) => {
        const t = performance.now();
        const r = await fetch(u);
        await r.arrayBuffer();
        return performance.now() - t;
      }, target),
    );
    await settle();
    app.push(
      await page.evaluate(async () => {
        // The final status line carries the exchange id (the one shown while the body downloads does not).
        const status = () => document.querySelector('[aria-label="Status"][data-exchange-id]');
        const before = status()?.getAttribute('data-exchange-id') ?? '';
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send')!;
        const shown = () => {
          const el = status();
          return !!el && el.getAttribute('data-exchange-id') !== before && /^\d{3}/.test(el.textContent ?? '');
        };
        return new Promise<number>((resolve) => {
          // The paint, not the record: the DOM change is seen as it happens, and the frame that draws it is the next one.
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          const t = performance.now();
          button.click();
        });
      }),
    );
  }
  await context.close();
  const diffs = app.map((a, i) => a - bare[i]!);
  const ratios = app.map((a, i) => a / Math.max(bare[i]!, 0.1));
  return { sender, appMs: median(app), bareMs: median(bare), overheadMs: median(diffs), ratio: median(ratios) };
}
