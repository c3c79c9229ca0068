import { test, expect } from '../support/test';
import { openApp, sandbox, send, setUrl, status, typeOver, openPanel } from '../support/app';
import { expectTreeItem, putRawRecord, saveRequestAs } from '../support/workspace';

test('saved requests and history survive a reload', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/persist-me'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await saveRequestAs(page, 'Persisted request');
  await expectTreeItem(page, 'Persisted request');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
  await expectTreeItem(page, 'Persisted request');
  await openPanel(page, 'History');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('button', { name: /^GET \/sandbox\/anything\/persist-me / })).toBeVisible();
});

test('two tabs saving at the same time keep each other’s work', async ({ page, context }) => {
  await openApp(page);
  const other = await context.newPage();
  await openApp(other);

  await setUrl(page, sandbox(page, '/anything/from-a'));
  await saveRequestAs(page, 'From tab A');
  await setUrl(other, sandbox(other, '/anything/from-b'));
  await saveRequestAs(other, 'From tab B');

  // Each tab shows the other's save without a reload (BroadcastChannel) …
  await expectTreeItem(page, 'From tab B');
  await expectTreeItem(other, 'From tab A');
  // … and both survive a reload.
  await page.reload();
  await expectTreeItem(page, 'From tab A');
  await expectTreeItem(page, 'From tab B');
});

test('a corrupted record is set aside and everything else loads', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/healthy'));
  await saveRequestAs(page, 'Healthy request');
  await expectTreeItem(page, 'Healthy request');

  await putRawRecord(page, 'nodes', 'broken-1', { kind: 'request', id: 'broken-1', request: 'not a request' });
  await page.reload();

  await expect(page.getByRole('alert').filter({ hasText: /damaged record/i })).toBeVisible();
  await expectTreeItem(page, 'Healthy request');
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
});

test('a quota failure is shown and nothing already saved is lost', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/saved-before'));
  await saveRequestAs(page, 'Saved before the disk filled');
  await expectTreeItem(page, 'Saved before the disk filled');

  // From now on every IndexedDB write fails as a full disk does.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await expectTreeItem(page, 'Saved before the disk filled');

  await setUrl(page, sandbox(page, '/anything/after-quota'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const alert = page.getByRole('alert').filter({ hasText: /not saved/i });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/after-quota/);
  await expect(alert.getByRole('button', { name: /export/i })).toBeVisible();

  // Saving a request now fails too: the person is told which one, and it is not shown as saved.
  await page.getByRole('button', { name: 'Save as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save request' });
  await typeOver(dialog.getByLabel('Request name'), 'Cannot be stored');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot be stored' }).first()).toBeVisible();
  await expect(page.getByRole('tree', { name: 'Collections' }).getByRole('treeitem', { name: 'Cannot be stored' })).toHaveCount(0);
  await expectTreeItem(page, 'Saved before the disk filled');
});
