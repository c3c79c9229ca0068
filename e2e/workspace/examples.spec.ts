import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { openApp, openPanel, responseRegion, send, setUrl, sandbox, status, typeOver } from '../support/app';
import { collectionsTree } from '../support/workspace';
import { pickImportFile } from '../interop/interopPage';

/** A Postman collection with one request and two saved responses, as Postman exports them. */
function bookCollection(page: Page): string {
  const url = sandbox(page, '/books/1');
  const request = { method: 'GET', header: [], url };
  return JSON.stringify({
    info: { name: 'Library', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        name: 'Get book',
        request,
        response: [
          {
            name: 'Found',
            originalRequest: request,
            code: 200,
            status: 'OK',
            header: [{ key: 'Content-Type', value: 'application/json' }],
            body: '{"id":1,"title":"Saved in the example"}',
          },
          { name: 'Missing', originalRequest: request, code: 404, status: 'Not Found', header: [], body: 'no such book' },
        ],
      },
    ],
  });
}

test('saved examples are listed under their request, open in the response viewer, and the current response can be kept as one', async ({ page }) => {
  await openApp(page);
  const dialog = await pickImportFile(page, 'library.postman_collection.json', bookCollection(page));
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('1 request');
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden();

  await openPanel(page, 'Collections');
  const tree = collectionsTree(page);
  await tree.getByRole('treeitem', { name: 'Library', exact: true }).locator('.rl-tree-toggle').click();
  const request = tree.getByRole('treeitem', { name: 'Get book', exact: true });
  // A request with examples can be expanded like a folder, from the keyboard.
  await expect(request).toHaveAttribute('aria-expanded', 'false');
  await request.focus();
  await request.press('ArrowRight');
  await expect(request).toHaveAttribute('aria-expanded', 'true');
  const found = tree.getByRole('treeitem', { name: '200 Found, example' });
  const missing = tree.getByRole('treeitem', { name: '404 Missing, example' });
  await expect(found).toBeVisible();
  await expect(missing).toBeVisible();

  // Opening one shows it in the response viewer, marked as an example, not a live answer.
  await found.click();
  const response = responseRegion(page);
  await expect(response.locator('.rl-example-banner')).toContainText('Saved example “Found”');
  await expect(status(page)).toContainText('200');
  await expect(response).toContainText('Saved in the example');

  // Sending replaces it with the live answer, which can then be kept as an example.
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(sandbox(page, '/books/1'));
  await send(page);
  await expect(status(page)).toContainText('200');
  await expect(response.locator('.rl-example-banner')).toHaveCount(0);
  await response.getByRole('button', { name: 'Save as example' }).click();
  const name = response.getByRole('textbox', { name: 'Example name' });
  await expect(name).toHaveValue('200 OK');
  await typeOver(name, 'Live book');
  await response.getByRole('button', { name: 'Save example' }).click();
  await expect(response.getByText('Saved as example “Live book” of “Get book”.')).toBeVisible();
  const live = tree.getByRole('treeitem', { name: '200 Live book, example' });
  await expect(live).toBeVisible();
  // Keeping an example is a saved change of the collection, not an unsaved change of the tab.
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  await expect(tabs.filter({ hasText: 'Get book' })).not.toHaveAccessibleName(/unsaved changes/);
  await page.screenshot({ path: 'e2e/screenshots/saved-examples.png' });

  // Examples are kept in the workspace.
  await page.reload();
  await openPanel(page, 'Collections');
  const libraryAgain = tree.getByRole('treeitem', { name: 'Library', exact: true });
  if ((await libraryAgain.getAttribute('aria-expanded')) === 'false') await libraryAgain.locator('.rl-tree-toggle').click();
  const requestAgain = tree.getByRole('treeitem', { name: 'Get book', exact: true });
  if ((await requestAgain.getAttribute('aria-expanded')) === 'false') await requestAgain.locator('.rl-tree-toggle').click();
  await expect(live).toBeVisible();

  // Delete from the keyboard, with an undo that brings it back.
  await missing.focus();
  await missing.press('Delete');
  await expect(missing).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(missing).toBeVisible();

  // A response of a request that is not in a collection can't be kept as an example, and says why.
  await page.getByRole('button', { name: 'New tab' }).click();
  await setUrl(page, sandbox(page, '/books/2'));
  await send(page);
  await expect(status(page)).toContainText('200');
  await response.getByRole('button', { name: 'Save as example' }).click();
  await response.getByRole('button', { name: 'Save example' }).click();
  await expect(response.getByText('Save the request in a collection first')).toBeVisible();
});
