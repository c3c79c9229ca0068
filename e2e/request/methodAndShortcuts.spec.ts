import { test, expect } from '../support/test';
import { openApp, sandbox, send, setUrl, status, typeKeys, echoAt } from '../support/app';

const methodField = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: 'Method', exact: true });

test('the method is a dropdown of the standard methods that still takes a custom one', async ({ page }) => {
  await openApp(page);
  const method = methodField(page);
  await expect(method).toHaveAttribute('aria-expanded', 'false');
  await method.focus();
  await page.keyboard.press('ArrowDown');
  const list = page.getByRole('listbox', { name: 'Methods' });
  await expect(list.getByRole('option')).toHaveText(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
  await expect(method).toHaveAttribute('aria-expanded', 'true');
  // GET is the current choice; two steps down is PUT.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: 'PUT' })).toHaveAttribute('aria-selected', 'true');
  await expect(method).toHaveAttribute('aria-activedescendant', (await list.getByRole('option', { name: 'PUT' }).getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(method).toHaveValue('PUT');
  await expect(list).toBeHidden();

  // Typing filters the list; a click on an option chooses it.
  await method.press('ControlOrMeta+a');
  await typeKeys(page, 'p');
  await expect(list.getByRole('option')).toHaveText(['POST', 'PUT', 'PATCH']);
  await list.getByRole('option', { name: 'PATCH' }).click();
  await expect(method).toHaveValue('PATCH');

  // The button beside the field opens the list for the mouse.
  await page.getByRole('button', { name: 'Show the methods' }).click();
  await expect(list).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  // Not in the list: typed, it is sent as it is (uppercased on leaving the field).
  await method.press('ControlOrMeta+a');
  await typeKeys(page, 'purge');
  await expect(list).toBeHidden(); // nothing standard starts with PURGE
  await method.press('Tab');
  await expect(method).toHaveValue('PURGE');
  await setUrl(page, sandbox(page, '/anything'));
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.method')).toBe('PURGE');
});

test('the open tabs are one tab stop with arrows inside; Alt+T, Alt+W and Alt+Page Down work; "?" lists the shortcuts', async ({ page }) => {
  await openApp(page);
  const tabs = page.getByRole('tablist', { name: 'Open requests' }).getByRole('tab');
  await page.keyboard.press('Alt+t');
  await page.keyboard.press('Alt+t');
  await expect(tabs).toHaveCount(3);
  await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(2)).toHaveAttribute('tabindex', '0');
  await expect(tabs.nth(0)).toHaveAttribute('tabindex', '-1');

  await tabs.nth(2).focus();
  await page.keyboard.press('ArrowRight'); // wraps to the first
  await expect(tabs.nth(0)).toBeFocused();
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tabs.nth(2)).toBeFocused();
  // One stop: Tab leaves the list at once.
  await page.keyboard.press('Tab');
  await expect(tabs.nth(0)).not.toBeFocused();
  await expect(tabs.nth(1)).not.toBeFocused();

  await page.keyboard.press('Alt+PageDown');
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+PageUp');
  await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+w');
  await expect(tabs).toHaveCount(2);

  // "?" typed into a field is a character; elsewhere it opens the sheet.
  await setUrl(page, sandbox(page, '/anything?x=1'));
  await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(sandbox(page, '/anything?x=1'));
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await tabs.nth(0).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('table', { name: 'Open requests (tabs)' })).toContainText('Close the tab');
  await expect(sheet.getByRole('row', { name: /Alt \+ W/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: 'Shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});
