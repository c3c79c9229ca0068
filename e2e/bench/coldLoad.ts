import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { median, newBenchContext } from './browser';

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
 * Issue 15 counts every script fetched before the URL field is ready and the page is idle, not only
 * the entry: the files of the last run, with their gzip sizes, and their sum.
 */
export async function measureColdLoad(browser: Browser, url: string, distDir: string, runs = 5) {
  const times: number[] = [];
  const requests: number[] = [];
  let scripts: string[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newBenchContext(browser);
    const page = await context.newPage();
    let count = 0;
    const fetched = new Set<string>();
    page.on('request', (request) => {
      count++;
      const path = new URL(request.url()).pathname.replace(/^\//, '');
      if (path.endsWith('.js')) fetched.add(path);
    });
    const start = Date.now();
    await page.goto(url);
    await page.getByRole('textbox', { name: 'URL' }).waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const el = document.querySelector('input[aria-label="URL"], [aria-label="URL"]') as HTMLInputElement | null;
      return !!el && !el.disabled;
    });
    times.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    // Idle as the page sees it: what requestIdleCallback-deferred work loads counts too.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 })));
    await page.waitForLoadState('networkidle');
    requests.push(count);
    scripts = [...fetched];
    await context.close();
  }
  const files = scripts.map((path) => ({ path, gzipKb: +(gzipOf(distDir, path) / 1024).toFixed(1) })).sort((a, b) => b.gzipKb - a.gzipKb);
  const beforeIdleGzipKb = +files.reduce((sum, f) => sum + f.gzipKb, 0).toFixed(1);
  return { readyMs: median(times), requests: median(requests), beforeIdleGzipKb, beforeIdleFiles: files };
}

export function distSize(distDir: string): number {
  return statSync(join(distDir, 'index.html')).size;
}
