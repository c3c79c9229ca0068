import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { chooseSender, openApp, openPanel, responseRegion, sandbox, status, typeOver } from '../support/app';
import { collectionsTree } from '../support/workspace';
import { pickImportFile } from '../interop/interopPage';
import { axeViolations } from '../support/axe';

/** A Postman collection that logs in (a test script keeps the token) and reads the book each data row names. */
function libraryRun(page: Page): string {
  const script = (exec: string[]) => [{ listen: 'test', script: { type: 'text/javascript', exec } }];
  return JSON.stringify({
    info: { name: 'Library run', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        name: 'Log in',
        request: { method: 'POST', header: [{ key: 'Content-Type', value: 'application/json' }], body: { mode: 'raw', raw: '{"user":"{{user}}"}' }, url: sandbox(page, '/anything/login') },
        event: script(["pm.test('login echoed', () => pm.expect(pm.response.json().body.json.user).to.equal(pm.iterationData.get('user')));", "pm.collectionVariables.set('token', 'tok-' + pm.iterationData.get('user'));"]),
      },
      {
        name: 'Get book',
        request: { method: 'GET', header: [{ key: 'Authorization', value: 'Bearer {{token}}' }], url: `${sandbox(page, '/books/')}{{bookId}}` },
        event: script(["pm.test('Status code is 200', () => pm.response.to.have.status(200));", "pm.test('the book asked for', () => pm.expect(pm.response.json().id).to.equal(pm.iterationData.get('bookId')));"]),
      },
    ],
  });
}

async function importLibrary(page: Page) {
  const dialog = await pickImportFile(page, 'library-run.postman_collection.json', libraryRun(page));
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden();
  await openPanel(page, 'Collections');
}

async function openRunner(page: Page) {
  const tree = collectionsTree(page);
  await tree.getByRole('button', { name: 'Actions for Library run' }).click();
  await page.getByRole('menuitem', { name: 'Run collection…' }).click();
  const runner = page.getByRole('dialog', { name: 'Library run' });
  await expect(runner).toBeVisible();
  return runner;
}

test('a collection runs with a CSV data file: one iteration per row, a live table, a summary, a failing row that opens its exchange, and a JSON report', async ({ page }) => {
  await openApp(page);
  await importLibrary(page);
  const runner = await openRunner(page);
  await runner.getByLabel('Data file (CSV or JSON)').setInputFiles({ name: 'books.csv', mimeType: 'text/csv', buffer: Buffer.from('user,bookId\nada,1\ngrace,2\nalan,999\n') });
  await expect(runner.getByText('3 rows from books.csv')).toBeVisible();
  await expect(runner.getByRole('textbox', { name: 'Iterations' })).toHaveValue('3');
  await runner.getByRole('button', { name: 'Run collection' }).click();

  const summary = runner.getByRole('status');
  await expect(summary).toHaveText(/^Run finished: 6 requests, 7 of 9 tests passed, 2 failed in [\d.]+ s\.$/, { timeout: 20_000 });
  const table = runner.getByRole('table', { name: 'Requests run' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(1)).toContainText('1POSTLog in200 OK');
  await expect(rows.nth(6)).toContainText(/3GETGet book404 Not Found\d+ ms0\/2 2 failed/);
  await page.screenshot({ path: 'e2e/screenshots/collection-runner.png' });
  expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The reports: what a CI server reads.
  const download = page.waitForEvent('download');
  await runner.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const report = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'))) as { summary: { requests: number; failed: number }; executions: { name: string; request?: { headers: string[][] } }[] };
  expect(report.summary).toMatchObject({ requests: 6, failed: 2 });
  // The token the login's test script kept is what the next request sent.
  expect(report.executions[3]!.request!.headers).toContainEqual(['Authorization', 'Bearer tok-grace']);

  // One tab stop for the table; the arrow keys move along it and Enter opens a row's exchange.
  await runner.getByRole('button', { name: 'Export JUnit XML' }).focus();
  await page.keyboard.press('Tab');
  await expect(table.getByRole('button', { name: /Log in/ }).first()).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('button', { name: /Get book/ }).nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(runner).toBeHidden();
  await expect(status(page)).toContainText('404');
  const response = responseRegion(page);
  await expect(response.getByRole('tab', { name: /Tests/ })).toHaveText('Tests 0/2');

  // The last run is still there when the runner opens again.
  const again = await openRunner(page);
  await expect(again.getByRole('status')).toHaveText(/^Run finished: 6 requests/);
});

test('a run can be cancelled while it waits between requests, and a bad data file gets a clear message', async ({ page }) => {
  await openApp(page);
  await importLibrary(page);
  const runner = await openRunner(page);
  await runner.getByLabel('Data file (CSV or JSON)').setInputFiles({ name: 'rows.json', mimeType: 'application/json', buffer: Buffer.from('{"user":"ada"}') });
  await expect(runner.getByRole('alert')).toHaveText('rows.json: iteration data in JSON must be an array of objects, one per iteration');
  await runner.getByLabel('Data file (CSV or JSON)').setInputFiles({ name: 'rows.json', mimeType: 'application/json', buffer: Buffer.from('[{"user":"ada","bookId":1}]') });
  await expect(runner.getByRole('alert')).toHaveCount(0);
  await typeOver(runner.getByRole('textbox', { name: 'Iterations' }), '50');
  await typeOver(runner.getByRole('textbox', { name: 'Delay between requests (ms)' }), '300');
  await runner.getByRole('button', { name: 'Run collection' }).click();
  const rows = runner.getByRole('table', { name: 'Requests run' }).getByRole('row');
  await expect(rows.nth(2)).toBeVisible({ timeout: 10_000 });
  await runner.getByRole('button', { name: 'Cancel run' }).click();
  await expect(runner.getByRole('status')).toHaveText(/^Run cancelled: \d+ requests/);
  const count = await rows.count();
  expect(count).toBeLessThan(8);
  await page.waitForTimeout(700);
  await expect(rows).toHaveCount(count);
});

test('each request in a run goes the way it is set to go: one saved to send via the browser is sent by the browser, the rest by the relay', async ({ page }) => {
  await openApp(page);
  await importLibrary(page);
  const tree = collectionsTree(page);
  await tree.getByRole('treeitem', { name: 'Library run', exact: true }).locator('.rl-tree-toggle').click();
  await tree.getByRole('treeitem', { name: 'Get book', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(/\/sandbox\/books\/\{\{bookId\}\}$/);
  await chooseSender(page, 'Browser (direct)');
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('button', { name: 'Save all' })).toBeHidden();

  const runner = await openRunner(page);
  await runner.getByLabel('Data file (CSV or JSON)').setInputFiles({ name: 'rows.json', mimeType: 'application/json', buffer: Buffer.from('[{"user":"ada","bookId":1}]') });
  await runner.getByRole('button', { name: 'Run collection' }).click();
  await expect(runner.getByRole('status')).toHaveText(/^Run finished: 2 requests, 3 of 3 tests passed/, { timeout: 20_000 });
  const table = runner.getByRole('table', { name: 'Requests run' });
  await table.getByRole('button', { name: /Get book/ }).click();
  await expect(runner).toBeHidden();
  await expect(status(page)).toContainText('200');
  await expect(responseRegion(page)).toContainText('via browser');

  const again = await openRunner(page);
  await again.getByRole('table', { name: 'Requests run' }).getByRole('button', { name: /Log in/ }).click();
  await expect(responseRegion(page)).toContainText('via local relay');
});
