import { test, expect } from '../support/test';
import { openApp, responseRegion, send, status, echoAt, openPanel } from '../support/app';
import { collectionsTree, fixtureText, importNestedFixture, importPanel, openFromTree, openImportDialog, pickImportFile } from './interopPage';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('a Postman v2.1 collection imports through the file picker, with its folders and inherited auth', async ({ page }) => {
  const dialog = await pickImportFile(page, 'nested.postman_collection.json', fixtureText(page, 'nested.postman_collection.json'));
  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('Postman collection v2.1');
  await expect(report).toContainText('1 collection, 2 folders, 3 requests');
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden();

  const tree = collectionsTree(page);
  await expect(tree.getByRole('treeitem', { name: 'Interop fixture' })).toBeVisible();
  await openFromTree(page, ['Interop fixture', 'Folder A', 'Sub folder', 'Nested request']);
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('{{baseUrl}}/anything/nested');
  await expect(page.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('POST');

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const body = responseRegion(page).getByRole('region', { name: 'Response body' });
  await expect(body).toContainText('"/sandbox/anything/nested"');
  // Bearer auth set on the collection reaches a request two folders down.
  expect(await echoAt(page, '$.headers')).toContainEqual(['Authorization', 'Bearer s3cret-token-42']);
  expect(JSON.stringify(await echoAt(page, '$.body.json'))).toContain('"hello":"world"');
});

test('a malformed file shows where it is wrong and changes nothing', async ({ page }) => {
  await importNestedFixture(page);
  const treeItems = collectionsTree(page).getByRole('treeitem');
  const before = await treeItems.count();

  const dialog = await pickImportFile(page, 'broken.postman_collection.json', fixtureText(page, 'broken.postman_collection.json'));
  const alert = dialog.getByRole('alert');
  // Named as the tree would name it, with the position in the file as a detail.
  await expect(alert).toContainText('Broken fixture / Folder / Bad: not a valid Postman collection');
  await expect(alert).toContainText('item[1].item[0].request');
  await expect(alert).toContainText('broken.postman_collection.json');
  await expect(dialog.getByRole('button', { name: 'Add to workspace' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await openPanel(page, 'Collections');
  await expect(collectionsTree(page).getByRole('treeitem', { name: 'Broken fixture' })).toHaveCount(0);
  await expect(treeItems).toHaveCount(before);
  // Still nothing after a reload: the workspace in IndexedDB was not touched.
  await page.reload();
  await openPanel(page, 'Collections');
  await expect(collectionsTree(page).getByRole('treeitem', { name: 'Interop fixture' })).toBeVisible();
  await expect(collectionsTree(page).getByRole('treeitem', { name: 'Broken fixture' })).toHaveCount(0);
});

test('a single cURL command pasted into the dialog opens in a new tab', async ({ page }) => {
  const dialog = await (async () => {
    await (await importPanel(page)).getByRole('button', { name: 'Import', exact: true }).click();
    return page.getByRole('dialog', { name: 'Import' });
  })();
  const url = new URL('/sandbox/anything/from-dialog', page.url()).toString();
  // A command pasted in one go: not about typing.
  await dialog.getByLabel('Paste to import').fill(`curl -X PATCH ${url} -H 'X-From: dialog'`);
  await dialog.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('cURL command');
  await dialog.getByRole('button', { name: 'Open in new tab' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('PATCH');
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(url);
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(responseRegion(page).getByRole('region', { name: 'Response body' })).toContainText(/"X-From",\s*"dialog"/);
});

test('a file dropped on the sidebar opens the import dialog with its report', async ({ page }) => {
  const panel = await importPanel(page);
  await expect(panel.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  const text = fixtureText(page, 'nested.postman_collection.json');
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.postman_collection.json', { type: 'application/json' }));
    return dt;
  }, text);
  // Any side panel takes a dropped file.
  const sidebar = page.getByRole('complementary', { name: 'Import and export' });
  await sidebar.dispatchEvent('dragover', { dataTransfer });
  await sidebar.dispatchEvent('drop', { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('dropped.postman_collection.json');
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('3 requests');
});

test('a single cURL command can be added to an existing folder instead', async ({ page }) => {
  await importNestedFixture(page);
  const dialog = await openImportDialog(page);
  const url = new URL('/sandbox/anything/into-folder', page.url()).toString();
  await dialog.getByLabel('Paste to import').fill(`curl ${url}`); // pasted: not about typing
  await dialog.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('1 request');
  await dialog.getByRole('combobox', { name: 'Collection or folder' }).selectOption({ label: '\u2003Folder A' });
  await dialog.getByRole('button', { name: 'Add to collection' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Import and export' }).getByRole('status')).toContainText('to “Folder A”');
  await openFromTree(page, ['Interop fixture', 'Folder A']);
  const folderItems = collectionsTree(page).getByRole('treeitem');
  // Folder A now holds its sub folder, its form request and the new request, at level 3.
  await expect(collectionsTree(page).locator('[role=treeitem][aria-level="3"]')).toHaveCount(3);
  await expect(folderItems.filter({ hasText: 'into-folder' })).toHaveCount(1);
});
