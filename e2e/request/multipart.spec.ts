import { createHash, randomBytes } from 'node:crypto';
import { test, expect } from '../support/test';
import { chooseSender, openApp, responseRegion, sandbox, send, setMethod, setUrl, status, type SenderName, openRequestTab, typeOver } from '../support/app';

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`a multipart upload with a real file arrives intact (${sender})`, async ({ page }) => {
    const bytes = randomBytes(96 * 1024 + 7);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await openApp(page);
    await chooseSender(page, sender);
    await setMethod(page, 'POST');
    await setUrl(page, sandbox(page, '/anything/upload'));
    await openRequestTab(page, 'Body');
    await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'Multipart form' });
    const fields = page.getByRole('table', { name: 'Multipart fields' });
    await typeOver(fields.getByLabel('New field name'), 'caption');
    await typeOver(fields.getByLabel('Field value 1'), 'a b & c');
    await typeOver(fields.getByLabel('New field name'), 'photo');
    await fields.getByLabel('Field kind 2').selectOption({ label: 'File' });
    await fields.getByLabel('File for photo').setInputFiles({ name: 'photo.bin', mimeType: 'application/octet-stream', buffer: bytes });
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    const body = responseRegion(page).getByRole('region', { name: 'Response body' });
    // The echo is long (the file comes back as base64); ask for the part that matters, as a person would.
    const filter = async (path: string) => {
      await body.getByRole('textbox', { name: 'JSONPath' }).fill(path); // picks what to read; not about typing
      await body.getByRole('button', { name: 'Filter', exact: true }).click();
    };
    await filter('$.body.files[0]');
    await expect(body).toContainText(sha256);
    await expect(body).toContainText(`"size": ${bytes.length}`);
    await expect(body).toContainText('"filename": "photo.bin"');
    await filter('$.body.form');
    await expect(body).toContainText('"caption"');
    await expect(body).toContainText('"a b & c"');
  });
}
