import { test, expect } from '../support/test';
import { openApp, openRequestTab, requestRegion, sandbox, send, setMethod, setUrl, status, typeKeys } from '../support/app';
import { saveRequestAs } from '../support/workspace';

const urlField = (page: import('@playwright/test').Page) => page.getByRole('textbox', { name: 'URL' });
const openTabs = (page: import('@playwright/test').Page) => page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');

test('open tabs, their order, the active one, unsaved edits and the last response come back after a reload', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/first'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');

  await page.getByRole('button', { name: 'New tab' }).click();
  await setMethod(page, 'PATCH');
  await setUrl(page, sandbox(page, '/anything/second?draft=1'));
  await openRequestTab(page, 'Headers');
  await requestRegion(page).getByLabel('New header').click();
  await typeKeys(page, 'X-Draft');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'kept');
  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'Form URL-encoded' });
  await requestRegion(page).getByRole('table', { name: 'Form fields' }).getByLabel('New key').click();
  await typeKeys(page, 'field');
  await page.waitForTimeout(1200); // the longest a keystroke waits to be written

  await page.reload();
  await expect(urlField(page)).toHaveValue(sandbox(page, '/anything/second?draft=1'));
  await expect(openTabs(page)).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('PATCH');
  await openRequestTab(page, 'Headers');
  await expect(requestRegion(page).getByLabel('Header 1')).toHaveValue('X-Draft');
  await expect(requestRegion(page).getByLabel('Value 1')).toHaveValue('kept');
  await openRequestTab(page, 'Body');
  await expect(page.getByRole('combobox', { name: 'Body type' })).toHaveValue('urlencoded');
  await expect(requestRegion(page).getByRole('table', { name: 'Form fields' }).getByLabel('Key 1')).toHaveValue('field');

  // The first tab, with the response it last showed.
  await openTabs(page).first().click();
  await expect(urlField(page)).toHaveValue(sandbox(page, '/anything/first'));
  await expect(status(page)).toHaveText('200 OK');
});

test('a saved request edited and not saved comes back edited and marked, after a reload', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/saved'));
  await saveRequestAs(page, 'Saved one');
  await setUrl(page, sandbox(page, '/anything/edited-not-saved'));
  await expect(openTabs(page).first()).toHaveAccessibleName(/unsaved changes/);
  await page.waitForTimeout(1200);
  await page.reload();
  await expect(urlField(page)).toHaveValue(sandbox(page, '/anything/edited-not-saved'));
  await expect(openTabs(page).first()).toHaveAccessibleName(/unsaved changes/);
});

test('two app tabs keep their own open tabs and drafts', async ({ page, context }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/window-a'));
  const other = await context.newPage();
  await openApp(other);
  await setUrl(other, sandbox(other, '/anything/window-b'));
  await page.waitForTimeout(1200);
  await page.reload();
  await other.reload();
  await expect(urlField(page)).toHaveValue(sandbox(page, '/anything/window-a'));
  await expect(urlField(other)).toHaveValue(sandbox(other, '/anything/window-b'));
  await expect(openTabs(page)).toHaveCount(1);
  await expect(openTabs(other)).toHaveCount(1);
});

test('a chosen file cannot come back: the restored tab says so and asks for it again', async ({ page }) => {
  await openApp(page);
  await setMethod(page, 'POST');
  await setUrl(page, sandbox(page, '/anything/file'));
  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'Binary file' });
  await requestRegion(page).getByLabel('Body file').setInputFiles({ name: 'photo.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([1, 2, 3]) });
  await page.waitForTimeout(1200);
  await page.reload();
  await expect(requestRegion(page).getByRole('status')).toContainText('Choose the file “photo.bin” again');
  await requestRegion(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(requestRegion(page).getByRole('status')).toHaveCount(0);
});

test('closing a saved request with unsaved edits asks first; Save all saves every dirty tab that has a place', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything/one'));
  await saveRequestAs(page, 'One');
  await setUrl(page, sandbox(page, '/anything/one-edited'));

  // Delete on the focused tab closes it (the tab list's own key).
  await openTabs(page).first().focus();
  await page.keyboard.press('Delete');
  const ask = page.getByRole('alertdialog', { name: /“One” has changes that are not saved/ });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(openTabs(page)).toHaveCount(1);
  await expect(urlField(page)).toHaveValue(sandbox(page, '/anything/one-edited'));

  // A second, new request has no place yet; Save all saves the first and says so of the second.
  await page.getByRole('button', { name: 'New tab' }).click();
  await setUrl(page, sandbox(page, '/anything/new'));
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 1 request.' })).toContainText('1 new request has no place yet');
  await expect(openTabs(page).first()).not.toHaveAccessibleName(/unsaved changes/);
  await openTabs(page).first().click();
  await page.keyboard.press('Alt+w'); // the page's own close-tab shortcut
  await expect(openTabs(page)).toHaveCount(1); // saved: it closes without asking
});
