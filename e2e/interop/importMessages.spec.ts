import { test, expect } from '../support/test';
import { openApp } from '../support/app';
import { openImportDialog } from './interopPage';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

const collection = JSON.stringify({
  info: { name: 'My API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: [{ name: 'users', item: [{ name: 'admin', item: [{ name: 'Create user', request: { method: 'POST', url: 'http://127.0.0.1/u', auth: { type: 'asap' } } }] }] }],
}, null, 2);

test('each unreadable file says which case it is, and that the workspace was not changed', async ({ page }) => {
  const dialog = await openImportDialog(page);
  const picker = dialog.getByLabel('Import file');
  const alert = dialog.getByRole('alert');
  const cases: [string, Buffer, RegExp][] = [
    ['empty.json', Buffer.alloc(0), /“empty\.json” was not imported\. "empty\.json" is empty/],
    ['logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /is not text \(it looks like a PNG image\)/],
    ['typo.json', Buffer.from('{\n  "info": {},\n  "item" []\n}'), /is not valid JSON: a colon is expected at line 3, column 10/],
    ['cut.json', Buffer.from(collection.slice(0, collection.length / 2)), /ends early, at line \d+: the JSON is cut off/],
    ['api.yaml', Buffer.from('openapi: 4.0.0\ninfo: {title: T, version: "1"}\npaths: {}\n'), /is OpenAPI 4\.0\.0, which Reqlab does not read/],
    ['broken.yaml', Buffer.from('openapi: 3.0.0\ninfo:\n  title: "x\n  version: 1\npaths: [\n'), /is not valid YAML: .*line \d+, column \d+/],
  ];
  for (const [name, buffer, message] of cases) {
    await picker.setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Your workspace was not changed.');
  }
});

test('the report names a changed item by its folders and request, with its position as a detail', async ({ page }) => {
  const dialog = await openImportDialog(page);
  await dialog.getByLabel('Import file').setInputFiles({ name: 'my.postman_collection.json', mimeType: 'application/json', buffer: Buffer.from(collection) });
  const notes = dialog.getByRole('list', { name: 'Skipped or changed items' });
  const note = notes.getByRole('listitem');
  await expect(note).toHaveCount(1);
  await expect(note.locator('strong')).toHaveText('My API / users / admin / Create user');
  await expect(note).toContainText('auth type "asap" is not supported yet');
  await expect(note).toContainText('(at item[0].item[0].item[0].request.auth)');
});
