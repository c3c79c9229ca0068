import { test, expect } from '../support/test';
import { echoAt, openApp, openPanel, send, setUrl, status, typeKeys } from '../support/app';

test('the unresolved-variables question follows the request as it is now, and goes when the variable gets a value', async ({ page }) => {
  await openApp(page);
  const origin = new URL(page.url()).origin;
  await setUrl(page, `${origin}/sandbox/anything/{{who}}`);
  await send(page);
  const question = page.getByRole('alertdialog', { name: 'Unresolved variables' });
  await expect(question).toContainText('no value: {{who}}');

  // Edited after Send: the question names what the request holds now, not what was sent.
  const url = page.getByRole('textbox', { name: 'URL' });
  await url.click();
  await url.press('End');
  await typeKeys(page, '/{{lang}}');
  await expect(question).toContainText('no value: {{who}}, {{lang}}');
  await setUrl(page, `${origin}/sandbox/anything/{{lang}}`);
  await expect(question).toContainText('This variable has no value: {{lang}}');

  // Defined in the globals: nothing is left unresolved, so the question goes away by itself.
  await openPanel(page, 'Environments');
  await page.getByRole('complementary', { name: 'Environments' }).getByRole('button', { name: 'Globals' }).click();
  const globals = page.getByRole('dialog', { name: 'Globals' });
  await globals.getByLabel('New variable name').click();
  await typeKeys(page, 'lang');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'fr');
  await expect(question).toBeHidden();
  await globals.getByRole('button', { name: 'Close' }).click();

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.path')).toBe('/sandbox/anything/fr');
});
