import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { openApp, sandbox, setMethod, setUrl } from '../support/app';
import { collectionsTree, expectTreeItem, saveRequestAs } from '../support/workspace';

const urlField = (page: Page) => page.getByRole('textbox', { name: 'URL' });
const collections = (page: Page) => page.getByRole('region', { name: 'Collections' });
const save = (page: Page) => collections(page).getByRole('button', { name: 'Save', exact: true }).click();

async function openSaved(page: Page, name: string) {
  await expectTreeItem(page, name);
  await collectionsTree(page).getByRole('treeitem', { name, exact: true }).locator('.rl-tree-name').first().click();
}

test('two windows, one saved request: a clean tab learns of the save; a dirty one is told and chooses', async ({ page, context }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/users/1'));
  await saveRequestAs(page, 'Get user');

  const other = await context.newPage();
  await openApp(other);
  await openSaved(other, 'Get user');
  await expect(urlField(other)).toHaveValue(sandbox(page, '/anything/users/1'));

  // A saves a new URL; B had no edits, so it simply shows the new version.
  await setUrl(page, sandbox(page, '/anything/users/2'));
  await save(page);
  await expect(urlField(other)).toHaveValue(sandbox(page, '/anything/users/2'));

  // B changes only the method; then A saves another URL. B's save must not put the old URL back.
  await setMethod(other, 'DELETE');
  await setUrl(page, sandbox(page, '/anything/users/3'));
  await save(page);
  await expect(collections(other).getByRole('status')).toHaveText(/Saved in another window/);
  await save(other);
  const dialog = other.getByRole('alertdialog', { name: /“Get user” was saved in another window/ });
  await expect(dialog.getByRole('region', { name: 'Their change' })).toContainText(
    `URL: ${sandbox(page, '/anything/users/2')} → ${sandbox(page, '/anything/users/3')}`,
  );
  await expect(dialog.getByRole('region', { name: 'Your change' })).toContainText('Method: GET → DELETE');
  await other.screenshot({ path: 'e2e/screenshots/save-conflict.png' });
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(dialog).toBeHidden();

  // Theirs stayed as A saved it; mine is a copy beside it, in both windows.
  await expectTreeItem(page, 'Get user (my copy)');
  await expectTreeItem(other, 'Get user (my copy)');
  await openSaved(other, 'Get user');
  await expect(urlField(other)).toHaveValue(sandbox(page, '/anything/users/3'));
  await expect(other.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('GET');
  await openSaved(other, 'Get user (my copy)');
  await expect(other.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('DELETE');
  await expect(urlField(other)).toHaveValue(sandbox(page, '/anything/users/2'));

  // Take theirs: the edits give way to what the other window saved.
  await openSaved(other, 'Get user');
  await setMethod(other, 'PUT');
  await setUrl(page, sandbox(page, '/anything/users/4'));
  await save(page);
  await expect(collections(other).getByRole('status')).toHaveText(/Saved in another window/);
  await save(other);
  await other.getByRole('alertdialog').getByRole('button', { name: 'Take theirs' }).click();
  await expect(urlField(other)).toHaveValue(sandbox(page, '/anything/users/4'));
  await expect(other.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('GET');
});
