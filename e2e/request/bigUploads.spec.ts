import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { chooseSender, echoAt, openApp, openRequestTab, requestRegion, responseRegion, sandbox, send, setMethod, setUrl, status, type SenderName } from '../support/app';

const MB = 1024 * 1024;

/** A file of `mb` MB on disk, written in 1 MB pieces that differ, and its SHA-256. */
async function bigFile(path: string, mb: number): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  for (let i = 0; i < mb; i++) {
    const piece = Buffer.alloc(MB, i % 256);
    piece.writeUInt32BE(i, 0);
    hash.update(piece);
    if (!out.write(piece)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return hash.digest('hex');
}

/** A PUT to the sandbox echo whose body is the file at `path`, chosen as a person chooses it. */
async function putFile(page: Page, path: string): Promise<void> {
  await setMethod(page, 'PUT');
  await setUrl(page, sandbox(page, '/anything/upload'));
  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'Binary file' });
  await requestRegion(page).getByLabel('Body file').setInputFiles(path);
  await send(page);
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`a 100 MB file chosen in the UI goes through whole, and the tab lives (${sender})`, async ({ page }, info) => {
    test.setTimeout(180_000);
    const path = info.outputPath('hundred.bin');
    const sha256 = await bigFile(path, 100);
    await openApp(page);
    await chooseSender(page, sender);
    await putFile(page, path);
    await expect(status(page)).toHaveText('200 OK', { timeout: 120_000 });
    // The echo counts and hashes every byte it received, and says it shows only the first of them.
    expect(await echoAt(page, '$.body.size')).toBe(100 * MB);
    expect(await echoAt(page, '$.body.sha256')).toBe(sha256);
    expect(await echoAt(page, '$.body.cut.keptBytes')).toBe(MB);
  });
}

test('a 1 GB file is refused before sending, with what to do, and the request stays as typed', async ({ page }, info) => {
  const path = info.outputPath('gigabyte.bin');
  await writeFile(path, '');
  await truncate(path, 1024 * MB); // sparse: nothing to write, the browser still sees 1 GB
  await openApp(page);
  await putFile(page, path);
  const response = responseRegion(page);
  await expect(response).toContainText('The file "gigabyte.bin" is 1024 MB, over the 100 MB that Reqlab sends. Nothing was sent.');
  await expect(response).toContainText('--max-request-mb 1024');
  await expect(requestRegion(page).getByRole('textbox', { name: 'URL' })).toHaveValue(/\/anything\/upload$/);
});
