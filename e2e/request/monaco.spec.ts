import { test, expect } from '../support/test';
import { openApp, openRequestTab } from '../support/app';

test('Monaco loads only when a body editor is shown, from this server, and marks JSON errors', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await openApp(page);
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  expect(scripts.some((s) => /monaco|editor\.main|editor\.api/i.test(s))).toBe(false);

  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'JSON' });
  const editor = page.getByLabel('Request body').locator('.monaco-editor');
  await expect(editor).toBeVisible();
  expect(scripts.length).toBeGreaterThan(before);

  await editor.click();
  await page.keyboard.insertText('{"title": }');
  await expect(page.getByLabel('Request body').locator('.squiggly-error').first()).toBeVisible();
});
