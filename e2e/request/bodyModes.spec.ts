import { test, expect } from '../support/test';
import { chooseSender, openApp, openRequestTab, requestRegion, responseRegion, sandbox, send, setMethod, setUrl, status, typeOver, type SenderName } from '../support/app';
import type { Page } from '@playwright/test';

const bodyType = (page: Page) => page.getByRole('combobox', { name: 'Body type' });
const echo = (page: Page) => responseRegion(page).getByRole('region', { name: 'Response body' });

async function filter(page: Page, path: string) {
  await echo(page).getByRole('textbox', { name: 'JSONPath' }).fill(path); // picks what to read; not about typing
  await echo(page).getByRole('button', { name: 'Filter', exact: true }).click();
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`form, GraphQL and binary bodies arrive as composed (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setMethod(page, 'POST');
    await setUrl(page, sandbox(page, '/anything/forms'));
    await openRequestTab(page, 'Body');

    await bodyType(page).selectOption({ label: 'Form URL-encoded' });
    const form = requestRegion(page).getByRole('table', { name: 'Form fields' });
    await typeOver(form.getByLabel('New key'), 'a b');
    await typeOver(form.getByLabel('Value 1'), '1+1 & ü');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await filter(page, '$.body.form');
    await expect(echo(page)).toContainText('"a b"');
    await expect(echo(page)).toContainText('"1+1 & ü"');

    await bodyType(page).selectOption({ label: 'GraphQL' });
    // Monaco loads on first use: type once its editor is there.
    await requestRegion(page).getByRole('group', { name: 'GraphQL query' }).locator('.monaco-editor').click();
    await page.keyboard.insertText('query { books { id } }');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await filter(page, '$.body.json.query');
    await expect(echo(page)).toContainText('query { books { id } }');

    await bodyType(page).selectOption({ label: 'Binary file' });
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13]);
    await requestRegion(page).getByLabel('Body file').setInputFiles({ name: 'b.bin', mimeType: 'application/x-test', buffer: bytes });
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await filter(page, '$.body.base64');
    await expect(echo(page)).toContainText(bytes.toString('base64'));
    await filter(page, '$.headers');
    await expect(echo(page)).toContainText('application/x-test');

    // Switching modes keeps what was typed in each.
    await bodyType(page).selectOption({ label: 'Form URL-encoded' });
    await expect(form.getByLabel('Value 1')).toHaveValue('1+1 & ü');
    await bodyType(page).selectOption({ label: 'GraphQL' });
    await expect(requestRegion(page).getByRole('group', { name: 'GraphQL query' })).toContainText('query { books { id } }');
  });
}

test('headers: bulk edit as lines, name suggestions, and an auto header overridden by a row', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/anything'));
  await openRequestTab(page, 'Headers');
  const request = requestRegion(page);
  await expect(request.getByLabel('New header')).toHaveAttribute('list', 'rl-header-names');
  await expect(page.locator('#rl-header-names option[value="Content-Type"]')).toHaveCount(1);

  await request.getByRole('button', { name: 'Bulk edit' }).click();
  // Lines pasted in one go, as people paste them from elsewhere: not about typing.
  await request.getByRole('textbox', { name: 'Headers as lines' }).fill('X-One: 1\nAccept: application/json\n// X-Off: 2');
  await request.getByRole('button', { name: 'Table edit' }).click();
  const table = request.getByRole('table', { name: 'Request headers' });
  await expect(table.getByLabel('Header 1')).toHaveValue('X-One');
  await expect(table.getByRole('checkbox', { name: 'Enable X-Off' })).not.toBeChecked();
  await expect(request).toContainText('overridden by your header above');

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await filter(page, '$.headers');
  await expect(echo(page)).toContainText('"X-One"');
  await expect(echo(page)).toContainText('"application/json"');
  await expect(echo(page)).not.toContainText('X-Off');
  await expect(echo(page)).not.toContainText('*/*');
});
