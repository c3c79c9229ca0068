import { test, expect } from '../support/test';
import { openApp, openRequestTab, sandbox, setUrl } from '../support/app';

test('the first Tab reaches a skip link to the request, and Ctrl+L focuses the URL from anywhere, selected', async ({ page }) => {
  // A fresh load, as a person arrives: nothing focused, and the first Tab starts at the top.
  await openApp(page);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the request' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const url = page.getByRole('textbox', { name: 'URL' });
  await expect(url).toBeFocused();
  expect(page.url()).not.toContain('#');

  await setUrl(page, sandbox(page, '/anything/reach'));

  await openRequestTab(page, 'Headers');
  await page.getByRole('tab', { name: 'Headers', selected: true }).first().focus();
  await page.keyboard.press('Control+l');
  await expect(url).toBeFocused();
  expect(await url.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd, el.value.length])).toEqual([0, sandbox(page, '/anything/reach').length, sandbox(page, '/anything/reach').length]);
  // Typing replaces the selected URL, as in an address bar.
  await page.keyboard.type('/sandbox/anything/typed', { delay: 5 });
  await expect(url).toHaveValue('/sandbox/anything/typed');
});
