import { test, expect } from '../support/test';
import { chooseSender, openApp, responseRegion, sandbox, send, setUrl, status } from '../support/app';
import type { Page } from '@playwright/test';

const body = (page: Page) => responseRegion(page).getByRole('region', { name: 'Response body' });
const views = (page: Page) => body(page).getByRole('tablist', { name: 'Body view' });

test('XML is pretty-printed with folding; Source keeps it as received', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Browser (direct)');
  // A compact document, served from this origin by the test.
  const url = sandbox(page, '/compact.xml');
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'application/xml', body: '<a><b x="1">t</b><c/></a>' }));
  await setUrl(page, url);
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(views(page).getByRole('tab', { name: 'Pretty' })).toHaveAttribute('aria-selected', 'true');
  await expect(body(page)).toContainText('<b x="1">t</b>');
  // Formatted: the child sits on its own line, indented.
  const lines = body(page).locator('.monaco-editor .view-line');
  await expect(lines.nth(1)).toContainText('<b x="1">t</b>');
  await expect(lines.nth(0)).not.toContainText('<b');
  await expect(body(page).locator('.monaco-editor .codicon-folding-expanded').first()).toBeAttached();
  await views(page).getByRole('tab', { name: 'Source' }).click();
  await expect(body(page)).toContainText('<a><b x="1">t</b><c/></a>');
});

test('binary opens in Hex; Copy and Save offer the body', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await setUrl(page, sandbox(page, '/bytes/64'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(views(page).getByRole('tab', { name: 'Hex' })).toHaveAttribute('aria-selected', 'true');
  await expect(body(page)).toContainText(/00000000\s*([0-9a-f]{2} ){8}/);
  await expect(body(page)).toContainText('00000030');

  await setUrl(page, sandbox(page, '/books'));
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await body(page).getByRole('button', { name: 'Copy', exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('"items"');
  const [download] = await Promise.all([page.waitForEvent('download'), body(page).getByRole('button', { name: 'Save', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});

test('a PDF response gets a Preview', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Browser (direct)');
  const url = sandbox(page, '/doc.pdf');
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n' }),
  );
  await setUrl(page, url);
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(views(page).getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
  await expect(body(page).locator('iframe[title="PDF preview"]')).toHaveAttribute('src', /^blob:/);
});

test('each new response gets its own highlighted text, and Source then Pretty shows it again', async ({ page }) => {
  // The response editor is kept between sends and given the next body: it must never show the last one.
  await openApp(page);
  await chooseSender(page, 'Local relay');
  const editorText = body(page).locator('[data-monaco-ready] .monaco-editor .view-lines');
  for (const word of ['first', 'second', 'third']) {
    await setUrl(page, sandbox(page, `/anything/${word}`));
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await expect(editorText).toContainText(`"/sandbox/anything/${word}"`);
    await expect(editorText).not.toContainText(word === 'first' ? 'second' : 'first');
    await expect(body(page).locator('.monaco-editor')).toHaveCount(1);
  }
  await views(page).getByRole('tab', { name: 'Source' }).click();
  await expect(body(page).locator('.monaco-editor')).toHaveCount(0);
  await views(page).getByRole('tab', { name: 'Pretty' }).click();
  await expect(editorText).toContainText('"/sandbox/anything/third"');
});
