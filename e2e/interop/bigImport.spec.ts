import { test, expect } from '../support/test';
import { openApp, setUrl } from '../support/app';
import { bigPostmanCollection } from '../../src/core/interop/testing/bigCollection';
import { collectionsTree, pickImportFile } from './interopPage';

test('a 5,000-request, 13 MB Postman collection imports through the worker and lands in the workspace', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const text = bigPostmanCollection(5000);
  expect(text.length).toBeGreaterThan(12_000_000);
  const dialog = await pickImportFile(page, 'big.postman_collection.json', text);
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('5000 requests', { timeout: 60_000 });
  await expect(report).toContainText('5000 example responses');
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  const big = collectionsTree(page).getByRole('treeitem', { name: 'Big', exact: true });
  await expect(big).toBeVisible();
  await big.locator('.rl-tree-name').click();
  await expect(collectionsTree(page).getByRole('treeitem', { name: 'Folder 99', exact: true })).toBeVisible();
  // The page is still usable after a big import.
  // Typed: the field must take keys one at a time even with 5,000 requests in the workspace.
  await setUrl(page, 'http://127.0.0.1/after-big-import');
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('http://127.0.0.1/after-big-import');
});
