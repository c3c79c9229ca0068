import { test, expect } from '../support/test';
import { chooseSender, openApp, responseRegion, send, setUrl } from '../support/app';

test('a direct request blocked by CORS is explained and can be resent through the relay', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Browser (direct)');
  // localhost is another origin than the page's 127.0.0.1, so CORS applies.
  const port = new URL(page.url()).port;
  await setUrl(page, `http://localhost:${port}/sandbox/no-cors`);
  await send(page);
  const alert = responseRegion(page).getByRole('alert');
  await expect(alert).toContainText('CORS');
  await responseRegion(page).getByRole('button', { name: /relay/i }).click();
  await expect(responseRegion(page).getByLabel('Status')).toHaveText('200 OK');
});
