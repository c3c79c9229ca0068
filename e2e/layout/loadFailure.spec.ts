import { test, expect } from '../support/test';

test('when the shell’s code cannot be fetched, the page says so instead of staying blank', async ({ page }) => {
  // As after a deploy that replaced the files an open page still names.
  await page.route(/\/assets\/App-[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Reqlab could not load its code');
  await expect(page.getByRole('alert')).toContainText('Reload the page');
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveCount(0);

  await page.unroute(/\/assets\/App-[^/]+\.js$/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
});
