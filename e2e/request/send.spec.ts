import { test, expect } from '../support/test';
import { chooseSender, openApp, responseRegion, sandbox, send, setMethod, setUrl, status, type SenderName, openRequestTab } from '../support/app';

const senders: SenderName[] = ['Local relay', 'Browser (direct)'];

for (const sender of senders) {
  test.describe(`through ${sender}`, () => {
    test.beforeEach(async ({ page, request }) => {
      await request.post('/sandbox/reset');
      await openApp(page);
      await chooseSender(page, sender);
    });

    test('GET shows status, time, size, headers and pretty JSON', async ({ page }) => {
      await setUrl(page, sandbox(page, '/anything/hello?a=1&a=2&b='));
      await send(page);
      await expect(status(page)).toHaveText('200 OK');
      const response = responseRegion(page);
      await expect(response.getByLabel('Time')).toHaveText(/\d+(\.\d+)? (ms|s)/);
      await expect(response.getByLabel('Size')).toHaveText(/\d+(\.\d+)? (B|KB|MB)/);
      const body = response.getByRole('region', { name: 'Response body' });
      // Pretty-printed: the echo's "method" key sits on its own indented line.
      await expect(body).toContainText('"method": "GET"');
      await expect(body).toContainText('"/sandbox/anything/hello"');
      await response.getByRole('tab', { name: 'Headers' }).click();
      await expect(response.getByRole('table', { name: 'Response headers' })).toContainText(/content-type/i);
    });

    test('POST with a JSON body creates a book: 201 Created', async ({ page }) => {
      await setMethod(page, 'POST');
      await setUrl(page, sandbox(page, '/books'));
      await openRequestTab(page, 'Body');
      await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'JSON' });
      const editor = page.getByLabel('Request body');
      await expect(editor.locator('.monaco-editor')).toBeVisible();
      await editor.locator('.monaco-editor').click();
      await page.keyboard.insertText('{"title": "Dune", "author": "Frank Herbert"}');
      await send(page);
      await expect(status(page)).toHaveText('201 Created');
      await expect(responseRegion(page).getByRole('region', { name: 'Response body' })).toContainText('Dune');
    });

    test('a custom method is sent as typed', async ({ page }) => {
      await setMethod(page, 'PROPFIND');
      await setUrl(page, sandbox(page, '/anything'));
      await send(page);
      await expect(status(page)).toHaveText('200 OK');
      await expect(responseRegion(page).getByRole('region', { name: 'Response body' })).toContainText('"PROPFIND"');
    });

    test('Ctrl+Enter sends and a running request can be cancelled', async ({ page }) => {
      await setUrl(page, sandbox(page, '/anything/keyboard'));
      await page.getByRole('textbox', { name: 'URL' }).press('Control+Enter');
      await expect(status(page)).toHaveText('200 OK');

      await setUrl(page, sandbox(page, '/delay/8000'));
      await send(page);
      const cancel = page.getByRole('button', { name: 'Cancel' });
      await expect(cancel).toBeVisible();
      await cancel.click();
      await expect(responseRegion(page).getByRole('alert')).toContainText(/cancel/i);
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
    });
  });
}

test('the relay keeps repeated Set-Cookie headers', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Local relay');
  await setUrl(page, sandbox(page, '/cookies/set?flavour=oat&size=large'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const response = responseRegion(page);
  await response.getByRole('tab', { name: 'Headers' }).click();
  const rows = response.getByRole('table', { name: 'Response headers' }).getByRole('row').filter({ hasText: /set-cookie/i });
  await expect(rows).toHaveCount(2);
});

test('an invalid URL is flagged at the field and cannot be sent', async ({ page }) => {
  await openApp(page);
  const url = page.getByRole('textbox', { name: 'URL' });
  await setUrl(page, 'http://exa mple.com/');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
  await setUrl(page, sandbox(page, '/anything'));
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
});
