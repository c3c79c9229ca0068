import { test, expect } from '../support/test';
import { openApp, send, status } from '../support/app';
import { collectionsTree, expectTreeItem } from '../support/workspace';
import { openFromTree } from '../interop/interopPage';

test.use({ sandboxTour: true });

test('a new workspace comes with the Sandbox tour: its requests work on this server and its CORS folder uses the second address; once deleted it stays deleted', async ({ page }) => {
  page.on('console', (message) => {
    if (message.type() === 'error') console.log('page error:', message.text());
  });
  await openApp(page);
  const tree = collectionsTree(page);
  await expectTreeItem(page, 'Sandbox tour');
  await openFromTree(page, ['Sandbox tour', 'Books (CRUD)', 'List books']);
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('/sandbox/books?q=le guin&page=1&limit=5');
  await expect(page.getByText(/Goes to this Reqlab server: /)).toBeVisible();
  await send(page);
  await expect(status(page)).toHaveText(/^200/);

  await openFromTree(page, ['Sandbox tour', 'CORS', 'Blocked in the browser']);
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue('{{crossOrigin}}/sandbox/no-cors');
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  const port = Number(new URL(page.url()).port);
  const response = page.getByRole('region', { name: 'Response', exact: true });
  await response.getByRole('tab', { name: 'Raw' }).click();
  await expect(response).toContainText(`127.0.0.1:${port + 1}`);

  await tree.getByRole('button', { name: 'Actions for Sandbox tour' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(tree.getByRole('treeitem', { name: 'Sandbox tour', exact: true })).toBeHidden();
  await page.waitForTimeout(300); // the undo toast's grace: the delete is written when it ends or on reload
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
  await expect(page.getByText('No collections yet. Create one, or save the current request.')).toBeVisible();
  // Seeding runs once the workspace has loaded; give it the time it would take, and it must not come back.
  await page.waitForTimeout(1000);
  await expect(page.getByRole('treeitem', { name: 'Sandbox tour', exact: true })).toHaveCount(0);
});
