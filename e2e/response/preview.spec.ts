import { test, expect } from '../support/test';
import { openApp, responseRegion, sandbox, send, setUrl, status } from '../support/app';

test('an HTML preview is shown without running its script', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/html'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const response = responseRegion(page);
  await response.getByRole('tab', { name: 'Preview' }).click();
  const frame = response.locator('iframe[title="HTML preview"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  const inner = frame.contentFrame();
  await expect(inner.locator('body')).toContainText('SCRIPT RAN');
  // The page's script would set this attribute and retitle the document; in the sandbox it cannot run.
  await expect(inner.locator('body')).not.toHaveAttribute('data-script-ran', 'true');
  await expect(page).not.toHaveTitle('SCRIPT RAN');
});

test('an image response is previewed', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/image'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const img = responseRegion(page).getByRole('img');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
});
