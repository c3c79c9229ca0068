import { test, expect } from '../support/test';
import { openApp, openPanel, openRequestTab, responseRegion, send, sandbox, setUrl, status } from '../support/app';
import { collectionsTree, openFromTree, pickImportFile } from '../interop/interopPage';
import { axeViolations } from '../support/axe';

/**
 * Types into the script editor one key at a time. The code is typed whole, closers included, as a
 * person types it: Monaco types over a closer it added itself, and whether it adds one depends on
 * whether a completion was open when the ( was typed, so code written without closers was flaky.
 */
async function typeScript(page: import('@playwright/test').Page, code: string, editorName = 'Tests script') {
  const editor = page.getByRole('group', { name: editorName }).locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type(code, { delay: 5 });
}

test('a test script written in the Scripts tab runs on send; its results show in the response and count in the tab', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/books/1'));
  await openRequestTab(page, 'Scripts');
  await page.getByRole('combobox', { name: 'Insert snippet' }).selectOption('Status code is 200');
  await typeScript(page, "\npm.test('is 201', () => pm.expect(pm.response.code).to.equal(201));");
  await send(page);
  await expect(status(page)).toContainText('200');
  const response = responseRegion(page);
  const testsTab = response.getByRole('tab', { name: /Tests/ });
  await expect(testsTab).toHaveText('Tests 1/2');
  await testsTab.click();
  const results = response.getByRole('list', { name: 'Test results' });
  await expect(results.getByRole('listitem')).toHaveText([/Passed Status code is 200/, /Failed is 201\s*AssertionError: expected 200 to equal 201/]);
  await page.screenshot({ path: 'e2e/screenshots/test-results.png' });

  // History keeps the results: the entry opened in a new tab shows the same tests.
  await openPanel(page, 'History');
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  const before = await tabs.count();
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: /^GET \/sandbox\/books\/1 200/ }).first().click();
  await expect(tabs).toHaveCount(before + 1);
  await expect(status(page)).toHaveText('200 OK');
  await expect(testsTab).toHaveText('Tests 1/2');
  await testsTab.click();
  await expect(results.getByRole('listitem')).toHaveText([/Passed Status code is 200/, /Failed is 201\s*AssertionError: expected 200 to equal 201/]);
});

test('a script that loops forever is stopped with a message naming it, and the page stays usable', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything'));
  await openRequestTab(page, 'Scripts');
  await typeScript(page, 'while (true) {');
  await send(page);
  const response = responseRegion(page);
  // The page answers while the script spins in its worker.
  await setUrl(page, sandbox(page, '/anything/still-typing'));
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(sandbox(page, '/anything/still-typing'));
  const testsTab = response.getByRole('tab', { name: /Tests/ });
  await expect(testsTab).toBeVisible({ timeout: 15_000 });
  await testsTab.click();
  await expect(response.getByRole('list', { name: 'Script errors' })).toContainText('“Untitled request · Tests” ran for more than 5000 ms and was stopped (an endless loop?).');
});

test('the script editor completes the pm API as it is typed and explains a member on hover', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/books/1'));
  await openRequestTab(page, 'Scripts');
  await typeScript(page, 'const book = pm.response.');
  const editor = page.getByRole('group', { name: 'Tests script' });
  const suggestions = page.locator('.suggest-widget').getByRole('option');
  await expect(suggestions.filter({ hasText: /^json/ })).toBeVisible();
  await expect(suggestions.filter({ hasText: /^code/ })).toBeVisible();
  await page.keyboard.type('js', { delay: 5 });
  await expect(suggestions.first()).toContainText('json');
  await page.keyboard.press('Enter');
  await page.keyboard.type('(', { delay: 5 });
  await expect(editor.locator('.view-lines')).toContainText('const book = pm.response.json()');
  // The hover on a member (here asked for from the keyboard, Ctrl+K Ctrl+I) shows its signature and what it does.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+i');
  const hover = page.getByRole('tooltip', { name: /pm\.response\.json/ });
  await expect(hover).toContainText('pm.response.json(): any');
  await expect(hover).toContainText('The body parsed as JSON');
  await page.screenshot({ path: 'e2e/screenshots/script-completion.png' });
  // What was completed runs.
  await page.keyboard.press('End');
  await page.keyboard.type("\npm.test('title', () => pm.expect(book.title).to.be.a('string'", { delay: 5 });
  await send(page);
  await expect(responseRegion(page).getByRole('tab', { name: /Tests/ })).toHaveText('Tests 1/1');
});

test('scripts typed on a collection and a folder run around the request’s own, in Postman’s order', async ({ page }) => {
  await openApp(page);
  const collection = {
    info: { name: 'Shop', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        name: 'Books',
        item: [
          {
            name: 'Echo book',
            request: { method: 'GET', url: sandbox(page, '/anything/book') },
            event: [{ listen: 'test', script: { type: 'text/javascript', exec: ["pm.test('request test', () => pm.expect(pm.response.json().headers).to.deep.include(['X-Collection', 'set by Shop']));"] } }],
          },
        ],
      },
    ],
  };
  const dialog = await pickImportFile(page, 'shop.postman_collection.json', JSON.stringify(collection));
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden();
  await openPanel(page, 'Collections');
  const tree = collectionsTree(page);

  // The collection's pre-request script adds a header; its test runs first.
  await tree.getByRole('button', { name: 'Actions for Shop' }).click();
  await page.getByRole('menuitem', { name: 'Description, auth, variables and scripts' }).click();
  const details = page.getByRole('dialog', { name: 'Details of Shop' });
  await details.getByRole('radio', { name: 'Pre-request' }).check();
  await typeScript(page, "pm.request.headers.add({ key: 'X-Collection', value: 'set by Shop' });", 'Pre-request script');
  await details.getByRole('radio', { name: 'Tests' }).check();
  await typeScript(page, "pm.test('collection test', () => pm.expect(pm.response.code).to.equal(200));", 'Tests script');
  await details.getByRole('heading', { name: 'Scripts' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/collection-scripts.png' });
  expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await details.getByRole('button', { name: 'Close' }).click();

  // The folder's test runs between the collection's and the request's.
  await openFromTree(page, ['Shop']);
  await tree.getByRole('button', { name: 'Actions for Books' }).click();
  await page.getByRole('menuitem', { name: 'Description, auth, variables and scripts' }).click();
  const folder = page.getByRole('dialog', { name: 'Details of Books' });
  await typeScript(page, "pm.test('folder test', () => pm.expect(pm.request.headers.get('X-Collection')).to.equal('set by Shop'));", 'Tests script');
  await folder.getByRole('button', { name: 'Close' }).click();

  await openFromTree(page, ['Shop', 'Books']);
  await tree.getByRole('treeitem', { name: 'Echo book' }).locator('.rl-tree-name').first().click();
  await send(page);
  const response = responseRegion(page);
  const testsTab = response.getByRole('tab', { name: /Tests/ });
  await testsTab.click();
  await expect(response.getByRole('list', { name: 'Test results' }).getByRole('listitem')).toHaveText([/Passed collection test/, /Passed folder test/, /Passed request test/]);
  await expect(testsTab).toHaveText('Tests 3/3');
});
