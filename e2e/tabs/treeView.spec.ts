import { test, expect } from '../support/test';
import { openApp } from '../support/app';
import { bigPostmanCollection } from '../../src/core/interop/testing/bigCollection';
import { collectionsTree, pickImportFile } from '../interop/interopPage';

test('the collection tree’s open folders and the sidebar’s scroll position come back after a reload', async ({ page }) => {
  await openApp(page);
  const dialog = await pickImportFile(page, 'big.postman_collection.json', bigPostmanCollection(100, 25));
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('100 requests');
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden();
  const tree = collectionsTree(page);
  await tree.getByRole('treeitem', { name: 'Big', exact: true }).locator('.rl-tree-name').first().click();
  const folder = tree.getByRole('treeitem', { name: 'Folder 2', exact: true });
  await folder.locator('.rl-tree-name').first().click();
  const nested = tree.getByRole('treeitem', { name: 'Nested', exact: true });
  await nested.locator('.rl-tree-name').first().click();
  await expect(tree.getByRole('treeitem', { name: 'Request 74', exact: true })).toBeVisible();

  // The panel's body scrolls under its header.
  const sidebar = page.getByRole('complementary', { name: 'Collections' }).locator('.rl-side-body');
  await sidebar.hover();
  await page.mouse.wheel(0, 500);
  await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  const scrolled = await sidebar.evaluate((el) => el.scrollTop);
  await page.waitForTimeout(800); // written 300 ms after the last change

  await page.reload();
  await expect(tree.getByRole('treeitem', { name: 'Folder 2', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(tree.getByRole('treeitem', { name: 'Request 74', exact: true })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'Folder 1', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => sidebar.evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled - 2);
  expect(await sidebar.evaluate((el) => el.scrollTop)).toBeLessThan(scrolled + 2);
});
