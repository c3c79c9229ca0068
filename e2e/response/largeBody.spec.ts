import { test, expect } from '../support/test';
import { openApp, responseRegion, sandbox, send, setUrl, status } from '../support/app';

test('a 50 MB JSON body shows its first part and the page stays usable', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await setUrl(page, sandbox(page, '/json?mb=50'));
  await send(page);
  const response = responseRegion(page);
  await expect(status(page)).toHaveText('200 OK', { timeout: 60_000 });
  const body = response.getByRole('region', { name: 'Response body' });
  await expect(body).toContainText('"id"', { timeout: 60_000 });
  // Never silently cut: the summary says how much is shown.
  await expect(response.getByRole('note', { name: 'Body summary' })).toContainText(/MB/);
  await expect(body.getByRole('button', { name: 'Show all' })).toBeVisible();

  // The page still answers a person: other tabs, typing, another request.
  await response.getByRole('tab', { name: 'Headers' }).click();
  await expect(response.getByRole('table', { name: 'Response headers' })).toContainText(/content-type/i);
  await setUrl(page, sandbox(page, '/status/204'));
  await send(page);
  await expect(status(page)).toHaveText('204 No Content');
});

test('a 200 MB body shows its status and first lines while it is still arriving, and can be cancelled', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await setUrl(page, sandbox(page, '/json?mb=200'));
  await send(page);
  const response = responseRegion(page);
  const receiving = response.getByRole('note', { name: 'Receiving' });
  await expect(receiving).toBeVisible({ timeout: 30_000 });
  // Still downloading (Cancel is offered), yet the status and the first record are already on screen.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(status(page)).toHaveText('200 OK');
  await expect(response.getByRole('region', { name: 'Response body' })).toContainText('"id":1,');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(response.getByRole('alert')).toContainText(/cancel/i);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
});
