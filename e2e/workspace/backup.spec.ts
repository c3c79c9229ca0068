import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test';
import { openApp, sandbox, setUrl, openPanel } from '../support/app';
import { expectTreeItem, saveRequestAs } from '../support/workspace';

async function exportWorkspace(page: import('@playwright/test').Page): Promise<{ path: string; json: Record<string, unknown> }> {
  await openPanel(page, 'Import');
  const backup = page.getByRole('region', { name: 'Backup' });
  const [download] = await Promise.all([page.waitForEvent('download'), backup.getByRole('button', { name: 'Export workspace' }).click()]);
  const path = await download.path();
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
}

/** The part of a backup that is the person's work (not when it was exported). */
function work(json: Record<string, unknown>) {
  const { exportedAt: _exportedAt, ...rest } = json;
  return rest;
}

test('export → clear → import gives back the same workspace', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/backed-up?x=1'));
  await saveRequestAs(page, 'Backed-up request');
  await expectTreeItem(page, 'Backed-up request');
  const first = await exportWorkspace(page);
  expect(JSON.stringify(first.json)).toContain('Backed-up request');

  // Clear: the browser loses its data (a new profile, a cleared site).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('reqlab');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
        r.onblocked = () => resolve();
      }),
  );
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
  await expect(page.getByRole('tree', { name: 'Collections' }).getByRole('treeitem')).toHaveCount(0);

  await page.getByLabel('Import workspace file').setInputFiles(first.path);
  await expectTreeItem(page, 'Backed-up request');
  const second = await exportWorkspace(page);
  expect(work(second.json)).toEqual(work(first.json));
});
