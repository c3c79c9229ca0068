import { test, expect } from '../support/test';
import { chooseSender, openApp, openRequestTab, requestRegion, responseRegion, sandbox, send, setMethod, setUrl, status, typeOver } from '../support/app';

test('settings: no redirects followed, a redirect limit, and a timeout (through the relay)', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Local relay');
  const request = requestRegion(page);
  const response = responseRegion(page);

  await setUrl(page, sandbox(page, '/redirect/3'));
  await request.getByLabel('Follow redirects').uncheck();
  await expect(request.getByLabel('Maximum redirects')).toBeDisabled();
  await send(page);
  await expect(status(page)).toHaveText('302 Found');

  await request.getByLabel('Follow redirects').check();
  await typeOver(request.getByLabel('Maximum redirects'), '1');
  await send(page);
  await expect(response.getByRole('alert')).toContainText('Too many redirects');

  await typeOver(request.getByLabel('Maximum redirects'), '10');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');

  await setUrl(page, sandbox(page, '/delay/3000'));
  await typeOver(request.getByLabel('Timeout (ms)'), '300');
  await send(page);
  await expect(response.getByRole('alert')).toContainText('Timed out');
});

test('JSON body: Format pretty-prints it; an invalid body is explained', async ({ page }) => {
  await openApp(page);
  await setMethod(page, 'POST');
  await setUrl(page, sandbox(page, '/anything'));
  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'JSON' });
  const editor = page.getByLabel('Request body').locator('.monaco-editor');
  await editor.click();
  await page.keyboard.insertText('{"a":[1,2],"b":{"c":"d"}');
  await page.keyboard.press('Control+End');
  // Monaco may have closed the brace itself; make sure there is exactly one.
  const text = () => page.getByLabel('Request body').locator('.view-lines').innerText();
  if (!(await text()).trim().endsWith('}}')) await page.keyboard.insertText('}');
  await requestRegion(page).getByRole('button', { name: 'Format' }).click();
  await expect(page.getByLabel('Request body').locator('.view-line')).toHaveCount(9);
  await expect(page.getByLabel('Request body').locator('.view-line').nth(1)).toContainText('"a": [');

  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(',');
  await requestRegion(page).getByRole('button', { name: 'Format' }).click();
  await expect(requestRegion(page).locator('.rl-error-text').first()).toBeVisible();
});

test('a timeout through the browser: the request is stopped and said to have timed out', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Browser (direct)');
  const request = requestRegion(page);
  await setUrl(page, sandbox(page, '/delay/3000'));
  await typeOver(request.getByLabel('Timeout (ms)'), '300');
  await send(page);
  const alert = responseRegion(page).getByRole('alert');
  await expect(alert).toContainText('Timed out');
  await expect(alert).toContainText('within 300 ms');
});
