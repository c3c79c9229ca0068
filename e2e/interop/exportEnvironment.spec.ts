import { readFileSync } from 'node:fs';
import { test, expect } from '../support/test';
import { openApp } from '../support/app';
import { importAny } from '../../src/core/interop/importAny';
import { fixtureText, importPanel, pickImportFile } from './interopPage';

test('an imported Postman environment exports back as one, its secret left out', async ({ page }) => {
  await openApp(page);
  const dialog = await pickImportFile(page, 'staging.postman_environment.json', fixtureText(page, 'staging.postman_environment.json'));
  await expect(dialog.getByRole('region', { name: 'Import report' })).toContainText('1 environment');
  await dialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect(dialog).toBeHidden();

  const panel = await importPanel(page);
  await panel.getByRole('combobox', { name: 'Environment to export' }).selectOption({ label: 'Staging' });
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export environment' }).click()]);
  expect(download.suggestedFilename()).toBe('Staging.postman_environment.json');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).not.toContain('env-secret-99');
  const again = importAny(text);
  expect(again.report.format).toBe('postman-environment');
  const vars = again.environments[0]!.variables.map((v) => ({ key: v.key, value: v.value, enabled: v.enabled, secret: v.secret }));
  expect(vars).toEqual([
    { key: 'host', value: 'staging.example.test', enabled: true, secret: false },
    { key: 'apiKey', value: '', enabled: true, secret: true },
    { key: 'unused', value: 'x', enabled: false, secret: false },
  ]);
});
