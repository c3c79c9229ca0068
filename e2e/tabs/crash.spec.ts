import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { test, expect } from '../support/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { typeKeys } from '../support/app';

/** SIGKILL to Chromium and every process it started, then wait for the browser process to exit. */
async function crash(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await exited;
}

/** Chromium on a profile folder of its own, reached over CDP, so the test can SIGKILL it like a crash. */
async function launch(profile: string): Promise<{ browser: Browser; child: ChildProcess }> {
  const child = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // A process group of its own: a crash takes the renderers and helpers down too, and none of
    // them is left writing into the profile while the test removes it.
    detached: true,
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return { browser: await chromium.connectOverCDP(endpoint), child };
}

test('a draft typed less than 2 s before Chromium is killed (SIGKILL) is back when it starts again on the same profile', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'reqlab-crash-'));
  try {
    const first = await launch(profile);
    const page = first.browser.contexts()[0]!.pages()[0] ?? (await first.browser.contexts()[0]!.newPage());
    await page.goto(baseURL!);
    const url = page.getByRole('textbox', { name: 'URL' });
    await expect(url).toBeEditable();
    await url.click();
    await typeKeys(page, 'http://127.0.0.1/typed-just-before-the-crash');
    await page.waitForTimeout(1500); // less than 2 s after the last key
    await crash(first.child);

    const second = await launch(profile);
    try {
      const again = await second.browser.contexts()[0]!.newPage();
      await again.goto(baseURL!);
      await expect(again.getByRole('textbox', { name: 'URL' })).toHaveValue('http://127.0.0.1/typed-just-before-the-crash');
    } finally {
      await crash(second.child);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  }
});
