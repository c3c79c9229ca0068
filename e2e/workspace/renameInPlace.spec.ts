import { test, expect } from '../support/test';
import { openApp, sandbox, setUrl, typeOver } from '../support/app';
import { collectionsTree, saveRequestAs } from '../support/workspace';

test('a double-click renames the item under the pointer, nothing moves between the clicks, and the open tab follows the new name', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/alpha'));
  await saveRequestAs(page, 'Alpha');
  await page.getByRole('button', { name: 'New tab' }).click();
  await setUrl(page, sandbox(page, '/anything/beta'));
  await saveRequestAs(page, 'Beta');
  await page.getByRole('button', { name: 'New tab' }).click();

  const tree = collectionsTree(page);
  const beta = tree.getByRole('treeitem', { name: 'Beta', exact: true });
  const before = (await beta.boundingBox())!.y;
  // The first click opens Beta in the tab; the row must not move before the second click lands.
  await beta.locator('.rl-tree-name').click();
  await expect(page.getByText('Editing “Beta”.')).toBeVisible();
  expect((await beta.boundingBox())!.y).toBe(before);
  await beta.locator('.rl-tree-name').dblclick();
  const field = tree.getByRole('textbox', { name: 'Name' });
  await expect(field).toHaveValue('Beta');
  await typeOver(field, 'Gamma');
  await field.press('Enter');

  await expect(tree.getByRole('treeitem', { name: 'Gamma', exact: true })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'Alpha', exact: true })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  await expect(tabs.filter({ hasText: 'Gamma' })).toHaveCount(1);
  await expect(tabs.filter({ hasText: 'Beta' })).toHaveCount(0);
  // The rename is saved, not an unsaved change of the tab.
  await expect(tabs.filter({ hasText: 'Gamma' })).not.toHaveAccessibleName(/unsaved changes/);
  // The whole name shows on hover.
  await expect(tree.getByRole('treeitem', { name: 'Gamma', exact: true }).locator('.rl-tree-name')).toHaveAttribute('title', 'Gamma');

  // The filter box searches the collections, one key at a time.
  const filter = page.getByRole('searchbox', { name: 'Filter collections' });
  await filter.pressSequentially('alp');
  await expect(page.getByRole('status').filter({ hasText: '1 item matches.' })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'Alpha', exact: true })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: 'Gamma', exact: true })).toHaveCount(0);
  await typeOver(filter, 'nope');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing is called “nope”.' })).toBeVisible();
  await typeOver(filter, '');
  await expect(tree.getByRole('treeitem', { name: 'Gamma', exact: true })).toBeVisible();
});
