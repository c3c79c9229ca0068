import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from '../support/test';
import { openPanel } from '../support/app';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A fixture's text, with __ORIGIN__ replaced by the server under test (its port varies). */
export function fixtureText(page: Page, name: string): string {
  return readFileSync(FIXTURES + name, 'utf8').split('__ORIGIN__').join(new URL(page.url()).origin);
}

/** The Import and export panel, shown from the activity bar first. */
export async function importPanel(page: Page) {
  await openPanel(page, 'Import');
  return page.getByRole('complementary', { name: 'Import and export' }).getByRole('region', { name: 'Import and export' });
}

export function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import' });
}

export async function openImportDialog(page: Page) {
  await (await importPanel(page)).getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Picks a file in the import dialog's file picker, as a person would. */
export async function pickImportFile(page: Page, name: string, text: string) {
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('Import file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return dialog;
}

export function collectionsTree(page: Page) {
  return page.getByRole('tree', { name: 'Collections' });
}

/** Imports the nested Postman fixture and adds it to the workspace. */
export async function importNestedFixture(page: Page) {
  const dialog = await pickImportFile(page, 'nested.postman_collection.json', fixtureText(page, 'nested.postman_collection.json'));
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('3 requests');
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden();
  await expect(collectionsTree(page).getByRole('treeitem', { name: 'Interop fixture' })).toBeVisible();
}

/** Opens a saved request from the tree, expanding the folders on the way. */
export async function openFromTree(page: Page, path: string[]) {
  await openPanel(page, 'Collections');
  const tree = collectionsTree(page);
  for (const name of path) {
    const item = tree.getByRole('treeitem', { name, exact: true });
    const expanded = await item.getAttribute('aria-expanded');
    if (expanded === 'true') continue;
    await item.locator('.rl-tree-name').first().click();
  }
}
