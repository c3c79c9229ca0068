import { test, expect } from '../support/test';
import { openApp } from '../support/app';
import { importNestedFixture, openFromTree } from './interopPage';

test('the Code panel shows Python requests for the current request, secrets masked until asked', async ({ page }) => {
  await openApp(page);
  await importNestedFixture(page);
  await openFromTree(page, ['Interop fixture', 'Top request']);
  const origin = new URL(page.url()).origin;

  await page.getByRole('region', { name: 'Request' }).getByRole('button', { name: 'Code', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Code snippet' });
  const language = panel.getByRole('combobox', { name: 'Language' });
  await expect(language).toHaveValue('python');
  const options = await language.locator('option').allTextContents();
  expect(options[0]).toBe('Python (requests)');
  expect(options).toEqual(expect.arrayContaining(['cURL', 'Go (net/http)', 'HTTPie', 'PowerShell']));

  const code = panel.getByLabel('Generated code');
  await expect(code).toContainText('import requests');
  await expect(code).toContainText(`${origin}/sandbox/anything/top`);
  await expect(code).toContainText('X-Top');
  // The collection's bearer token is a secret variable: masked by default…
  await expect(code).toContainText('Bearer {{token}}');
  await expect(code).not.toContainText('s3cret-token-42');
  await expect(code).not.toContainText('X-Off');
  // …and in the code only when the person asks.
  await panel.getByRole('checkbox', { name: 'Include secrets' }).check();
  await expect(code).toContainText('Bearer s3cret-token-42');

  // Keeping variables as placeholders shows {{baseUrl}} instead of its value.
  await panel.getByRole('checkbox', { name: 'Resolve variables' }).uncheck();
  await expect(code).toContainText('{{baseUrl}}/anything/top');

  await language.selectOption({ label: 'cURL' });
  await expect(code).toContainText('curl');
  await expect(code).not.toContainText('import requests');
});

test('Copy puts the shown code on the clipboard; Copy as cURL copies the request with secrets masked', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await importNestedFixture(page);
  await openFromTree(page, ['Interop fixture', 'Folder A', 'Form request']);
  const request = page.getByRole('region', { name: 'Request' });

  const urlField = page.getByRole('textbox', { name: 'URL' });
  const before = await urlField.boundingBox();
  await request.getByRole('button', { name: 'Copy as cURL' }).click();
  await expect(request.getByText('Copied as cURL')).toBeVisible();
  // The note floats under the buttons: the URL field keeps its place and width while it shows.
  expect(await urlField.boundingBox()).toEqual(before);
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toMatch(/^curl /);
  expect(curl).toContain('-X PUT');
  expect(curl).toContain('/sandbox/anything/form');
  expect(curl).toContain('Bearer {{token}}');
  expect(curl).toContain('a=1&b=two+words');

  await request.getByRole('button', { name: 'Code', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Code snippet' });
  await expect(panel.getByLabel('Generated code')).toContainText('requests.put(url, headers=headers, data=form)');
  await panel.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await panel.getByLabel('Generated code').textContent())!.trim());
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
});
