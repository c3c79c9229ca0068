import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { median, newBenchContext } from './browser';

/** Entry JS = the scripts and modulepreloads that index.html loads before anything lazy. */
export function entryJsGzipBytes(distDir: string): { files: string[]; gzip: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f))).length, 0);
  return { files, gzip };
}

export async function measureColdLoad(browser: Browser, url: string, runs = 5) {
  const times: number[] = [];
  const requests: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newBenchContext(browser);
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
    await page.waitForLoadState('networkidle');
    requests.push(count);
    await context.close();
  }
  return { readyMs: median(times), requests: median(requests) };
}

export function distSize(distDir: string): number {
  return statSync(join(distDir, 'index.html')).size;
}
