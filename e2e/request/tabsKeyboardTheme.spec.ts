import { test, expect } from '../support/test';
import { openApp, sandbox, setUrl } from '../support/app';

test('tabs: a dirty marker after an edit, Ctrl+T opens a tab and Ctrl+W closes it, each tab keeps its request', async ({ page }) => {
  await openApp(page);
  const openTabs = page.getByRole('tablist', { name: 'Open requests' });
  await expect(openTabs.getByRole('tab')).toHaveCount(1);
  await expect(openTabs.getByRole('tab', { name: 'GET New request', exact: true })).toBeVisible();

  await setUrl(page, sandbox(page, '/anything/first'));
  await expect(openTabs.getByRole('tab', { name: /^GET \/sandbox\/anything\/first\s*, unsaved changes$/ })).toBeVisible();

  await page.keyboard.press('Control+t');
  await expect(openTabs.getByRole('tab')).toHaveCount(2);
  await expect(openTabs.getByRole('tab', { name: 'GET New request', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('');

  await setUrl(page, sandbox(page, '/anything/second'));
  await openTabs.getByRole('tab').nth(0).click();
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(sandbox(page, '/anything/first'));
  await openTabs.getByRole('tab').nth(1).click();
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(sandbox(page, '/anything/second'));
  // The method once, on the badge, then the path (issue 12: not "GET ● GET /…").
  await expect(openTabs.getByRole('tab').nth(1)).toHaveText(/^GET\s*\/sandbox\/anything\/second\s*●?, unsaved changes×$/);

  await page.keyboard.press('Control+w');
  await expect(openTabs.getByRole('tab')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(sandbox(page, '/anything/first'));

  // The buttons do the same where the browser keeps Ctrl+T/W for itself.
  await page.getByRole('button', { name: 'New tab' }).click();
  await expect(openTabs.getByRole('tab')).toHaveCount(2);
  await page.getByRole('button', { name: 'Close tab' }).click();
  await expect(openTabs.getByRole('tab')).toHaveCount(1);
});

test('theme follows the system by default and can be set to light or dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toHaveValue('system');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const darkBackground = await background();

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).not.toBe(darkBackground);
  const lightBackground = await background();

  await theme.selectOption('dark');
  await expect.poll(background).toBe(darkBackground);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect.poll(background).toBe(darkBackground);

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect.poll(background).toBe(lightBackground);
});
