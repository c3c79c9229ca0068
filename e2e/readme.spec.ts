import { test, expect } from './support/test';
import { chooseSender, openApp, responseRegion, sandbox, send, setMethod, setUrl, status, requestRegion, typeJsonBody } from './support/app';

// The README's picture: made by the suite from the real app, so it never drifts from what people see.
test('README screenshot: a POST through the local relay', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await chooseSender(page, 'Local relay');
  await setMethod(page, 'POST');
  await setUrl(page, sandbox(page, '/books'));
  await typeJsonBody(page, '{"title": "The Pragmatic Programmer", "author": "Andy Hunt"}');
  await requestRegion(page).getByRole('button', { name: 'Format' }).click();
  await send(page);
  await expect(status(page)).toHaveText('201 Created');
  await expect(responseRegion(page).getByRole('region', { name: 'Response body' })).toContainText('Pragmatic');
  await page.screenshot({ path: 'e2e/screenshots/reqlab.png' });
});
