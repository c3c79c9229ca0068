import { test, expect } from '../support/test';
import type { Page } from '@playwright/test';
import { openApp, openRequestTab, requestRegion, responseRegion, send, setUrl, status, typeOver } from '../support/app';

/** A sandbox URL exactly as typed (the `sandbox` helper goes through URL, which would encode the space). */
const typed = (page: Page, path: string) => `${new URL(page.url()).origin}/sandbox${path}`;

test('params and URL follow each other both ways; disabled rows stay out of the URL; path variables have their own table', async ({ page }) => {
  await openApp(page);
  const url = page.getByRole('textbox', { name: 'URL' });
  await setUrl(page, typed(page, '/anything/books/:id?a=1&a=&b=x y&c=%20'));
  await openRequestTab(page, 'Params');
  const params = requestRegion(page).getByRole('table', { name: 'Query parameters' });

  // URL → table: order, the repeated key and the empty value are kept; nothing is decoded or encoded twice.
  await expect(params.getByLabel('Key 1')).toHaveValue('a');
  await expect(params.getByLabel('Value 1')).toHaveValue('1');
  await expect(params.getByLabel('Key 2')).toHaveValue('a');
  await expect(params.getByLabel('Value 2')).toHaveValue('');
  await expect(params.getByLabel('Value 3')).toHaveValue('x y');
  await expect(params.getByLabel('Value 4')).toHaveValue('%20');

  // Table → URL: a typed space is encoded once; a disabled row leaves the URL but stays in the table.
  await typeOver(params.getByLabel('Value 1'), 'p q');
  await params.getByRole('checkbox', { name: 'Enable b' }).uncheck();
  await expect(url).toHaveValue(typed(page, '/anything/books/:id?a=p%20q&a=&c=%20'));
  await typeOver(params.getByLabel('New key'), 'n');
  await expect(url).toHaveValue(typed(page, '/anything/books/:id?a=p%20q&a=&c=%20&n='));

  // Editing the URL again (the first value selected and typed over) keeps the disabled row where it was.
  await url.evaluate((input: HTMLInputElement) => {
    const at = input.value.indexOf('p%20q');
    input.focus();
    input.setSelectionRange(at, at + 'p%20q'.length);
  });
  await page.keyboard.type('9', { delay: 15 });
  await expect(url).toHaveValue(typed(page, '/anything/books/:id?a=9&a=&c=%20&n='));
  await expect(params.getByRole('checkbox', { name: 'Enable b' })).not.toBeChecked();
  await expect(params.getByLabel('Key 3')).toHaveValue('b');
  await expect(params.getByLabel('Value 1')).toHaveValue('9');

  const pathVariables = requestRegion(page).getByRole('table', { name: 'Path variables' });
  await expect(pathVariables.getByLabel('Variable 1')).toHaveValue('id');
  await typeOver(pathVariables.getByLabel('Value 1'), 'a/b 1');

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const body = responseRegion(page).getByRole('region', { name: 'Response body' });
  await expect(body).toContainText('"url": "/sandbox/anything/books/a%2Fb%201?a=9&a=&c=%20&n="');
  await expect(body).not.toContainText('"b"');
});
