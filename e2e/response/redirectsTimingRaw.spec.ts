import { test, expect } from '../support/test';
import { chooseSender, openApp, openRequestTab, responseRegion, sandbox, send, setMethod, setUrl, status } from '../support/app';

test('through the relay: each redirect hop, a timing waterfall, cookies, and the raw request with its body', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Local relay');
  await setUrl(page, sandbox(page, '/redirect/3'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const response = responseRegion(page);

  await response.getByRole('tab', { name: 'Redirects' }).click();
  const hops = response.getByRole('list', { name: 'Redirect hops' }).getByRole('listitem');
  await expect(hops).toHaveCount(4);
  await expect(hops.nth(0)).toContainText('302');
  await expect(hops.nth(0)).toContainText('/sandbox/redirect/3');
  await expect(hops.nth(0)).toContainText('Location: /sandbox/redirect/2');
  await expect(hops.nth(3)).toContainText('200');
  await expect(hops.nth(3)).toContainText('/sandbox/redirect/0');

  await response.getByRole('tab', { name: 'Timing' }).click();
  const timing = response.getByRole('table', { name: 'Timing' });
  for (const phase of ['TCP connect', 'Waiting (TTFB)', 'Content download', 'Total']) {
    await expect(timing.getByRole('rowheader', { name: phase })).toBeVisible();
  }

  await setUrl(page, sandbox(page, '/cookies/set?flavour=oat&size=big'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await response.getByRole('tab', { name: 'Cookies' }).click();
  const cookies = response.getByRole('table', { name: 'Response cookies' });
  await expect(cookies.getByRole('row', { name: /flavour\s+oat/ })).toBeVisible();
  await expect(cookies.getByRole('row', { name: /size\s+big/ })).toBeVisible();

  await setMethod(page, 'PUT');
  await setUrl(page, sandbox(page, '/anything/raw?x=1'));
  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'Text' });
  await page.getByLabel('Request body').locator('.monaco-editor').click();
  await page.keyboard.insertText('hello raw ✓');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await response.getByRole('tab', { name: 'Raw' }).click();
  const raw = response.getByLabel('Raw request');
  await expect(raw).toContainText('PUT /sandbox/anything/raw?x=1 HTTP/1.1');
  await expect(raw).toContainText('Content-Type: text/plain');
  await expect(raw).toContainText('Content-Length: 13');
  await expect(raw).toContainText('hello raw ✓');
  await expect(response.getByLabel('Raw response head')).toContainText(/^HTTP\/1\.1 200 OK/);
});

test('through the browser: the total with Resource Timing, and why cookies cannot be seen', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Browser (direct)');
  await setUrl(page, sandbox(page, '/cookies/set?flavour=oat'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const response = responseRegion(page);
  await response.getByRole('tab', { name: 'Cookies' }).click();
  await expect(response).toContainText('The browser does not let a page read Set-Cookie');
  await response.getByRole('tab', { name: 'Timing' }).click();
  const timing = response.getByRole('table', { name: 'Timing' });
  await expect(timing.getByRole('rowheader', { name: 'Total' })).toBeVisible();
  // Same origin: the browser exposes Resource Timing phases.
  await expect(timing.getByRole('rowheader', { name: 'Waiting (TTFB)' })).toBeVisible();
  await expect(response).toContainText('Resource Timing');
});
