import { test, expect } from '../support/test';
import { openApp, responseRegion, sandbox, send, setMethod, setUrl, status } from '../support/app';

test('learn cards: the status meaning, the method promises and each response header on hover', async ({ page }) => {
  await openApp(page);
  await setMethod(page, 'DELETE');
  await setUrl(page, sandbox(page, '/status/404'));
  await send(page);
  await expect(status(page)).toHaveText('404 Not Found');
  const response = responseRegion(page);

  await response.getByText('What does 404 mean?').click();
  const statusCard = response.getByRole('region', { name: /404 · Not Found/ });
  await expect(statusCard).toContainText('Client error');
  await expect(statusCard).toContainText('What to do');

  await response.getByText('What does DELETE promise?').click();
  const methodCard = response.getByRole('region', { name: 'DELETE', exact: true });
  await expect(methodCard).toContainText(/Safe\s*No/);
  await expect(methodCard).toContainText(/Idempotent\s*Yes/);
  await expect(methodCard).toContainText(/Cacheable\s*No/);
  await expect(methodCard).toContainText('Request body');

  await response.getByRole('tab', { name: 'Headers' }).click();
  const headers = response.getByRole('table', { name: 'Response headers' });
  const contentType = headers.getByRole('button', { name: /^content-type$/i });
  await contentType.hover();
  const tip = page.getByRole('tooltip').filter({ hasText: /media type|kind of data|format/i });
  await expect(tip).toBeVisible();
  await expect(contentType).toHaveAccessibleDescription(/Response|Request/);
});
