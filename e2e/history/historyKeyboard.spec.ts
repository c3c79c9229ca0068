import { test, expect } from '../support/test';
import { openApp, openPanel, sandbox, send, setUrl, status } from '../support/app';

test('the history list is one tab stop: arrows move between entries, → reaches the actions, Tab leaves', async ({ page }) => {
  await openApp(page);
  for (const path of ['/anything/one', '/anything/two', '/anything/three']) {
    await setUrl(page, sandbox(page, path));
    await send(page);
    await expect(status(page)).toHaveText(/^200/);
  }
  await openPanel(page, 'History');
  const list = page.getByRole('list', { name: 'History entries' });
  const entries = list.locator('.rl-history-main');
  await expect(entries).toHaveCount(3);
  // Exactly one control in the whole list is in the tab order.
  expect(await list.locator('button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).tabIndex >= 0).length)).toBe(1);

  // Reach it by Tab from the search box, past the filter bar.
  await page.getByRole('searchbox', { name: 'Search history' }).focus();
  for (let i = 0; i < 12 && !(await entries.first().evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(entries.first()).toBeFocused();
  await expect(entries.first()).toContainText('/anything/three');

  await page.keyboard.press('ArrowDown');
  await expect(entries.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(entries.nth(2)).toBeFocused();
  await expect(entries.nth(2)).toContainText('/anything/one');
  await page.keyboard.press('Home');
  await expect(entries.first()).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(list.getByRole('button', { name: /^Actions for GET \/sandbox\/anything\/three/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: /^Actions for GET/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  await expect(entries.first()).toBeFocused();

  // The tab stop stays on the entry last focused; Tab leaves the list at once.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect(await list.evaluate((l) => l.contains(document.activeElement))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(entries.nth(1)).toBeFocused();
});
