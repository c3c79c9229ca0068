import { test, expect } from '../support/test';
import { echoAt, openApp, openPanel, requestRegion, send, setUrl, status, typeKeys } from '../support/app';

test('the environment editor is a sheet over the work area: named by the environment, initial and current values, secrets masked', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page);
  await openPanel(page, 'Environments');
  const side = page.getByRole('complementary', { name: 'Environments' });
  await side.getByRole('button', { name: 'New environment' }).click();

  // Titled by its name once (not "Environment Environment 1"), with the offered name selected.
  const fresh = page.getByRole('dialog', { name: 'Environment 1' });
  await expect(fresh.getByRole('heading', { level: 2 })).toHaveText('Environment 1');
  const name = fresh.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toBeFocused();
  await typeKeys(page, 'Staging');
  const sheet = page.getByRole('dialog', { name: 'Staging' });
  await expect(sheet).toBeVisible();
  await expect(side.getByRole('combobox').locator('option:checked')).toHaveText('Staging');

  // It covers the request and response, not the side panel, and Send is not hidden behind a box.
  const sheetBox = (await sheet.boundingBox())!;
  const sideBox = (await side.boundingBox())!;
  expect(sheetBox.x).toBeGreaterThanOrEqual(sideBox.x + sideBox.width - 1);
  expect(sheetBox.width).toBeGreaterThan(700);

  // A variable with an initial value; the current value starts empty and shows the initial one.
  await sheet.getByLabel('New variable name').click();
  await typeKeys(page, 'seg');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'first');
  await expect(sheet.getByRole('columnheader')).toContainText(['Name', 'Initial value', 'Current value', 'Secret']);
  const current = sheet.getByLabel('Current value of seg');
  await expect(current).toHaveValue('');
  await expect(current).toHaveAttribute('placeholder', 'first');

  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
  await setUrl(page, `${new URL(page.url()).origin}/sandbox/anything/{{seg}}`);
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.path')).toBe('/sandbox/anything/first');

  // A current value is the one sent; Reset goes back to the initial value.
  await side.getByRole('button', { name: 'Edit environment' }).click();
  const again = page.getByRole('dialog', { name: 'Staging' });
  await again.getByLabel('Current value of seg').click();
  await typeKeys(page, 'mine');
  await page.screenshot({ path: 'e2e/screenshots/environment-sheet.png' });
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
  await page.waitForTimeout(700); // the editor saves after a pause
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.path')).toBe('/sandbox/anything/mine');

  await side.getByRole('button', { name: 'Edit environment' }).click();
  await again.getByRole('button', { name: 'Reset seg to its initial value' }).click();
  await expect(again.getByLabel('Current value of seg')).toHaveValue('');
  // A secret is masked in both columns.
  await again.getByRole('checkbox', { name: 'Secret seg' }).check();
  await expect(again.getByLabel('Initial value of seg')).toHaveAttribute('type', 'password');
  await expect(again.getByLabel('Current value of seg')).toHaveAttribute('type', 'password');
  await again.getByRole('button', { name: 'Close' }).click();
  await page.waitForTimeout(700);
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.path')).toBe('/sandbox/anything/first');
  await expect(requestRegion(page)).toBeVisible();
});
