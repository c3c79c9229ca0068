import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { openApp, responseRegion, sandbox, send, setMethod, setUrl, status, typeJsonBody, openPanel } from '../support/app';
import { collectionsTree, expectTreeItem } from '../support/workspace';

const history = (page: Page) => page.getByRole('region', { name: 'History' });
const entries = (page: Page) => history(page).getByRole('list', { name: 'History entries' }).getByRole('listitem').filter({ has: page.locator('.rl-history-main') });
const entryNamed = (page: Page, name: RegExp) => history(page).getByRole('listitem').filter({ has: page.getByRole('button', { name }) });

async function sendTo(page: Page, method: string, url: string, expected: RegExp) {
  await setMethod(page, method);
  await setUrl(page, url);
  await send(page);
  await expect(status(page)).toHaveText(expected);
}

test('history tells entries to one host apart, filters by method, status and host, and opens the whole exchange', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'History');
  const port = new URL(page.url()).port;
  await sendTo(page, 'GET', sandbox(page, '/anything/alpha?page=2'), /^200/);
  await sendTo(page, 'GET', sandbox(page, '/status/404'), /^404/);
  await sendTo(page, 'DELETE', sandbox(page, '/anything/gamma'), /^200/);
  await sendTo(page, 'GET', `http://localhost:${port}/sandbox/anything/delta`, /^200/);
  await setMethod(page, 'POST');
  await setUrl(page, sandbox(page, '/anything/beta'));
  await typeJsonBody(page, '{"sent": "as typed"}');
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  await expect(entries(page)).toHaveCount(5);
  await history(page).scrollIntoViewIfNeeded();
  await history(page).screenshot({ path: 'e2e/screenshots/history.png' });

  // Each line shows its own path and query; none is cut at the default sidebar width.
  for (const path of ['/sandbox/anything/alpha?page=2', '/sandbox/status/404', '/sandbox/anything/gamma', '/sandbox/anything/delta', '/sandbox/anything/beta']) {
    const title = history(page).locator('.rl-history-title', { hasText: path });
    await expect(title).toHaveText(path);
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
  }
  // The host is on the second line, and the full URL on hover.
  const alpha = entryNamed(page, /^GET \/sandbox\/anything\/alpha\?page=2 200/);
  await expect(alpha.locator('.rl-history-host')).toHaveText(`127.0.0.1:${port}`);
  await expect(alpha.getByRole('button', { name: /alpha/ }).first()).toHaveAttribute('title', `GET ${sandbox(page, '/anything/alpha?page=2')}`);
  await expect(entryNamed(page, /^GET \/sandbox\/status\/404 404/).locator('.rl-history-status')).toHaveText('404');

  const filters = history(page).getByRole('group', { name: 'History filters' });
  await filters.getByLabel('Method filter').selectOption('GET');
  await expect(entries(page)).toHaveCount(3);
  await filters.getByLabel('Status filter').selectOption({ label: '4xx client error' });
  await expect(entries(page)).toHaveCount(1);
  await expect(history(page).getByText('1 of 5 entries match.')).toBeVisible();
  await filters.getByLabel('Status filter').selectOption({ label: 'Any status' });
  await filters.getByLabel('Host filter').selectOption(`localhost:${port}`);
  await expect(entries(page)).toHaveCount(1);
  await expect(entries(page).first()).toContainText('/sandbox/anything/delta');
  await filters.getByLabel('Method filter').selectOption('');
  await filters.getByLabel('Host filter').selectOption('');
  await expect(entries(page)).toHaveCount(5);

  // Opening an entry: a new tab with the request as sent (its body too) and the response.
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  const before = await tabs.count();
  await entryNamed(page, /^POST \/sandbox\/anything\/beta/).getByRole('button', { name: /^POST/ }).first().click();
  await expect(tabs).toHaveCount(before + 1);
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(sandbox(page, '/anything/beta'));
  await expect(status(page)).toHaveText('200 OK');
  await expect(responseRegion(page).getByRole('region', { name: 'Response body' })).toContainText('"url": "/sandbox/anything/beta"');
  await responseRegion(page).getByRole('tab', { name: 'Raw' }).click();
  await expect(responseRegion(page).getByLabel('Raw request')).toContainText(/^POST \/sandbox\/anything\/beta HTTP\/1\.1/);
  await expect(responseRegion(page).getByLabel('Raw request')).toContainText('{"sent": "as typed"}');

  // Save to collection: the Save dialog, then the request is in the tree.
  await alpha.getByRole('button', { name: /^Actions for GET/ }).click();
  await page.getByRole('menuitem', { name: 'Save to collection…' }).click();
  const save = page.getByRole('dialog', { name: 'Save request' });
  await expect(save).toBeVisible();
  await save.getByLabel('Request name').press('ControlOrMeta+a');
  await save.getByLabel('Request name').pressSequentially('Alpha page two');
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(save).toBeHidden();
  await expectTreeItem(page, 'Alpha page two');
  await expect(collectionsTree(page).getByRole('treeitem', { name: 'Alpha page two' })).toBeVisible();
});

test('two history entries, or this send and the previous one, compare side by side with the differences marked', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'History');
  await sendTo(page, 'GET', sandbox(page, '/books'), /^200/);
  const second = page.getByRole('button', { name: 'New tab' });
  await second.click();
  await setMethod(page, 'POST');
  await setUrl(page, sandbox(page, '/books'));
  await typeJsonBody(page, '{"title": "Compared", "author": "Diff"}');
  await send(page);
  await expect(status(page)).toHaveText(/^201/);

  await page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab').first().click();
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  await expect(entries(page)).toHaveCount(3);
  await responseRegion(page).getByRole('button', { name: 'Compare with previous send' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare responses' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Same status');
  const changes = dialog.getByRole('table', { name: 'JSON values that differ' });
  await expect(changes.getByRole('row', { name: /\$\.items\[\d+\]/ }).first()).toContainText('Compared');
  await expect(dialog.getByRole('region', { name: 'Body side by side' })).toContainText('"Compared"');
  await expect(dialog.getByRole('region', { name: 'Body side by side' }).locator('.rl-diff-added').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/compare.png' });
  await dialog.getByLabel('Only differences').check();
  await expect(dialog.getByRole('region', { name: 'Body side by side' })).toContainText('unchanged lines');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Any two entries from history: the GET and the POST.
  const getEntry = entries(page).filter({ hasText: 'GET' }).last();
  await getEntry.getByRole('button', { name: /^Actions for GET/ }).click();
  await page.getByRole('menuitem', { name: 'Select for compare' }).click();
  await expect(history(page).getByRole('status').filter({ hasText: 'Selected for compare' })).toBeVisible();
  const postEntry = entries(page).filter({ hasText: 'POST' });
  await postEntry.getByRole('button', { name: /^Actions for POST/ }).click();
  await page.getByRole('menuitem', { name: /^Compare with GET/ }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Status differs');
  await expect(dialog.getByLabel(/^Left status 200/)).toBeVisible();
  await expect(dialog.getByLabel(/^Right status 201/)).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Headers compared' }).getByRole('row', { name: /Location/ })).toContainText('only right');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
