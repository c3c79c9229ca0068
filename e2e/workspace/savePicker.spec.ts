import { test, expect } from '../support/test';
import { openApp, openPanel, sandbox, setUrl, typeOver } from '../support/app';
import { collectionsTree } from '../support/workspace';

async function saveInto(page: import('@playwright/test').Page, collection: string, folder: string, find?: string) {
  await openPanel(page, 'Collections');
  await page.getByRole('button', { name: 'Save as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save request' });
  const picker = dialog.getByRole('tree', { name: 'Destination' });
  if (find) {
    await dialog.getByRole('searchbox', { name: 'Find a collection or folder' }).pressSequentially(find);
    await picker.getByRole('treeitem', { name: `Collection: ${collection}` }).click();
  } else {
    await dialog.getByRole('button', { name: 'New collection' }).click();
    await typeOver(dialog.getByLabel('Name of the new collection'), collection);
    await dialog.getByRole('button', { name: 'Create' }).click();
  }
  await expect(picker.getByRole('treeitem', { name: `Collection: ${collection}`, exact: true })).toHaveAttribute('aria-selected', 'true');
  await dialog.getByRole('button', { name: 'New folder' }).click();
  await typeOver(dialog.getByLabel(`Name of the new folder in ${collection}`), folder);
  await dialog.getByLabel(`Name of the new folder in ${collection}`).press('Enter');
  const created = picker.getByRole('treeitem', { name: `Folder: ${folder}`, exact: true }).and(page.locator('[aria-selected="true"]'));
  await expect(created).toHaveAttribute('title', `${collection} / ${folder}`);
  return dialog;
}

test('Save and Move pick from a searchable tree; new collections and folders are made there and asked a name; a request without a name is named by its path', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/books/1?format=short'));
  let dialog = await saveInto(page, 'Shop', 'memberships');
  // The default name is the request's path.
  await expect(dialog.getByLabel('Request name')).toHaveValue('/sandbox/books/1');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New tab' }).click();
  await setUrl(page, sandbox(page, '/authors'));
  dialog = await saveInto(page, 'Club', 'memberships');
  await typeOver(dialog.getByLabel('Request name'), 'List authors');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Move "List authors": two folders called "memberships", told apart by their paths in the search.
  const tree = collectionsTree(page);
  await tree.getByRole('button', { name: 'Actions for List authors' }).click();
  await page.getByRole('menuitem', { name: 'Move to…' }).click();
  const move = page.getByRole('dialog', { name: 'Move List authors' });
  await move.getByRole('searchbox', { name: 'Find a collection or folder' }).pressSequentially('member');
  const picker = move.getByRole('tree', { name: 'Destination' });
  await expect(picker.getByRole('treeitem', { name: /^Folder: memberships/ })).toHaveCount(2);
  await expect(picker.getByRole('treeitem', { name: /^Folder: memberships/ }).nth(0)).toContainText('in Shop');
  await expect(picker.getByRole('treeitem', { name: /^Folder: memberships/ }).nth(1)).toContainText('in Club');
  // A path narrows it to one; the keyboard chooses it (one tab stop, arrows, Enter).
  await typeOver(move.getByRole('searchbox', { name: 'Find a collection or folder' }), 'shop / mem');
  await expect(picker.getByRole('treeitem')).toHaveCount(2); // the folder and its collection
  await picker.getByRole('treeitem', { name: 'Collection: Shop' }).click();
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('treeitem', { name: /^Folder: memberships/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(move).toBeHidden();

  // "List authors" now sits with the first request in Shop / memberships.
  await expect(async () => {
    const collapsed = tree.locator('[role="treeitem"][aria-expanded="false"]');
    while (await collapsed.count()) await collapsed.first().locator('.rl-tree-toggle').click();
    expect(await tree.getByRole('treeitem').evaluateAll((items) => items.map((i) => `${i.getAttribute('aria-level')} ${i.getAttribute('aria-label')}`))).toEqual([
      '1 Shop',
      '2 memberships',
      '3 /sandbox/books/1',
      '3 List authors',
      '1 Club',
      '2 memberships',
    ]);
  }).toPass({ timeout: 10_000 });
});
