import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(fn, "name")`; the functions we hand
 * to page.evaluate are serialised with that call inside, and the page has no `__name`.
 */
const NAME_HELPER_INIT = 'globalThis.__name = globalThis.__name || ((f) => f);';

/** Every bench context goes through here, so page.evaluate works under tsx. */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(NAME_HELPER_INIT);
  return context;
}

/** Records long tasks from page start so the longest main-thread block can be read later. */
export const LONGTASK_INIT = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export interface LongTask {
  start: number;
  duration: number;
}

export async function longTasksSince(page: Page, since: number): Promise<LongTask[]> {
  return page.evaluate(
    (t) => ((window as unknown as { __longtasks?: LongTask[] }).__longtasks ?? []).filter((e) => e.start + e.duration >= t),
    since,
  );
}

export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return (await longTasksSince(page, since)).reduce((m, e) => Math.max(m, e.duration), 0);
}

/** The JS heap (objects) and, apart, the ArrayBuffer backing stores (where bodies live), in MB, after a GC. */
export async function memoryMb(page: Page): Promise<{ heapMb: number; arrayBuffersMb: number | null }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { heapMb: mb(usage.usedSize), arrayBuffersMb: usage.backingStorageSize === undefined ? null : mb(usage.backingStorageSize) };
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
