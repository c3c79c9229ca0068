import { test, expect } from '../support/test';
import { echoAt, openApp, openPanel, openRequestTab, requestRegion, sandbox, send, setMethod, setUrl, status, typeKeys } from '../support/app';

test('{{variables}} in the URL are chips that say their value and scope; {{ offers the variables in scope', async ({ page }) => {
  await openApp(page);
  const origin = new URL(page.url()).origin;
  await openPanel(page, 'Environments');
  await page.getByRole('complementary', { name: 'Environments' }).getByRole('button', { name: 'Globals' }).click();
  const globals = page.getByRole('dialog', { name: 'Globals' });
  for (const [name, value] of [
    ['host', origin],
    ['hostPath', 'sandbox'],
  ]) {
    await globals.getByLabel('New variable name').click();
    await typeKeys(page, name!);
    await page.keyboard.press('Tab');
    await typeKeys(page, value!);
  }
  await globals.getByRole('button', { name: 'Close' }).click();

  const url = page.getByRole('textbox', { name: 'URL' });
  await url.click();
  await url.press('ControlOrMeta+a');
  await url.press('Backspace');
  await typeKeys(page, '{{ho');
  // The list offers what is in scope, with value and scope; the field stays a text box.
  const options = page.getByRole('listbox', { name: 'Variables in scope' });
  await expect(options.getByRole('option')).toHaveText([/^host.*the globals$/, /^hostPath\s*sandbox\s*the globals$/]);
  await expect(url).toHaveAttribute('aria-activedescendant', /.+/);
  await page.locator('.rl-request').screenshot({ path: 'e2e/screenshots/variable-completion.png' });
  await page.keyboard.press('Enter');
  await expect(url).toHaveValue('{{host}}');
  await expect(options).toBeHidden();
  await typeKeys(page, '/{{hostP');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(url).toHaveValue('{{host}}/{{hostPath}}');
  await typeKeys(page, '/anything/{{nowhere}}');

  // Drawn as chips: two with a value (solid), one without (dashed, red).
  const chips = page.locator('.rl-url mark');
  await expect(chips).toHaveCount(3);
  await expect(page.locator('.rl-url mark.rl-var-resolved')).toHaveCount(2);
  await expect(page.locator('.rl-url mark.rl-var-unresolved')).toHaveText('{{nowhere}}');
  const shot = (await page.locator('.rl-url mark.rl-var-unresolved').boundingBox())!;
  expect(shot.width).toBeGreaterThan(40);

  // Hover says the value and where it comes from.
  const first = (await chips.first().boundingBox())!;
  await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
  await expect(page.getByRole('tooltip')).toHaveText(`{{host}} = ${origin} · from the globals`);
  const last = (await chips.last().boundingBox())!;
  await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2);
  await expect(page.getByRole('tooltip')).toContainText('{{nowhere}} has no value');
  await page.locator('.rl-request').screenshot({ path: 'e2e/screenshots/variable-chips.png'});
  await page.mouse.move(0, 0);

  // With the caret inside a variable, the same sentence describes the field (for the keyboard and screen readers).
  await url.press('Home');
  for (let i = 0; i < 3; i++) await url.press('ArrowRight');
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toHaveText(`{{host}} = ${origin} · from the globals`);
  await expect(url).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);

  // The chips are what is sent.
  await url.press('End');
  for (let i = 0; i < '{{nowhere}}'.length; i++) await url.press('Backspace');
  await typeKeys(page, 'ok');

  // A header value and an auth field draw and complete variables too.
  await openRequestTab(page, 'Headers');
  await requestRegion(page).getByLabel('New header').click();
  await typeKeys(page, 'X-Where');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'at {{hostP');
  await page.keyboard.press('Enter');
  const headerValue = requestRegion(page).getByLabel('Value 1');
  await expect(headerValue).toHaveValue('at {{hostPath}}');
  await expect(requestRegion(page).locator('table mark.rl-var-resolved')).toHaveText('{{hostPath}}');
  await openRequestTab(page, 'Auth');
  await page.getByLabel('Auth type').selectOption({ label: 'Basic' });
  await page.getByLabel('Username').click();
  await typeKeys(page, '{{nobody}}');
  await expect(requestRegion(page).locator('.rl-field mark.rl-var-unresolved')).toHaveText('{{nobody}}');
  await page.getByLabel('Username').press('ControlOrMeta+a');
  await typeKeys(page, 'ann');

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.path')).toBe('/sandbox/anything/ok');
  expect(await echoAt(page, '$.headers')).toContainEqual(['X-Where', 'at sandbox']);
});

test('in the body editor, {{ completes from the variables in scope and each variable is a chip with its value on hover', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'Environments');
  await page.getByRole('complementary', { name: 'Environments' }).getByRole('button', { name: 'Globals' }).click();
  const globals = page.getByRole('dialog', { name: 'Globals' });
  await globals.getByLabel('New variable name').click();
  await typeKeys(page, 'greeting');
  await page.keyboard.press('Tab');
  await typeKeys(page, 'hello');
  await globals.getByRole('button', { name: 'Close' }).click();

  await setMethod(page, 'POST');
  await setUrl(page, sandbox(page, '/anything'));
  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'Text' });
  const editor = page.getByLabel('Request body').locator('.monaco-editor');
  await editor.click();
  await typeKeys(page, 'say {{gre');
  const suggestion = editor.locator('.suggest-widget').getByRole('option', { name: /greeting/ });
  await expect(suggestion).toBeVisible();
  await page.keyboard.press('Enter');
  await typeKeys(page, ' to {{nobody}}');

  // Monaco may cut one decoration into several spans (bracket matching): read them together.
  const chipText = (status: string) => editor.locator(`.rl-mvar-${status}`).evaluateAll((spans) => spans.map((s) => s.textContent).join(''));
  await expect.poll(() => chipText('resolved')).toBe('{{greeting}}');
  await expect.poll(() => chipText('unresolved')).toBe('{{nobody}}');
  await editor.locator('.rl-mvar-resolved', { hasText: 'greeting' }).hover();
  await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText('{{greeting}} = hello · from the globals');

  await send(page);
  // {{nobody}} has no value: Send asks first.
  await page.getByRole('button', { name: 'Send anyway' }).click();
  await expect(status(page)).toHaveText('200 OK');
  expect(await echoAt(page, '$.body.text')).toBe('say hello to {{nobody}}');
});
