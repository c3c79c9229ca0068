import { test, expect } from '../support/test';
import { echoAt, openApp, openRequestTab, requestRegion, sandbox, send, setMethod, setUrl, status, typeJsonBody } from '../support/app';

test('a GET with a body left from a POST is flagged before sending; without the body it goes bodiless, with it the server gets the body', async ({ page }) => {
  await openApp(page);
  await setMethod(page, 'POST');
  await setUrl(page, sandbox(page, '/anything/leftover'));
  await typeJsonBody(page, '{"left": "over"}');
  await send(page);
  await expect(status(page)).toHaveText(/^200/);

  await setMethod(page, 'GET');
  await send(page);
  const ask = page.getByRole('alertdialog', { name: 'Body on a request without body semantics' });
  await expect(ask).toContainText('This GET has a body (16 B), perhaps left from an earlier method.');
  await expect(ask.getByRole('button', { name: 'Send without the body' })).toBeFocused();
  // Nothing was sent: the POST's answer is still the one shown.
  expect(await echoAt(page, '$.method')).toBe('POST');

  await ask.getByRole('button', { name: 'Send with the body' }).click();
  await expect(ask).toBeHidden();
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.method')).toBe('GET');
  expect(await echoAt(page, '$.body.size')).toBe(16);

  await send(page);
  await ask.getByRole('button', { name: 'Send without the body' }).click();
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.body.size')).toBe(0);
  await openRequestTab(page, 'Body');
  await expect(requestRegion(page).getByRole('combobox', { name: 'Body type' })).toHaveValue('none');

  // Don't send leaves everything as it was.
  await typeJsonBody(page, '{"again": true}');
  await setMethod(page, 'DELETE');
  await send(page);
  await ask.getByRole('button', { name: "Don't send" }).click();
  await expect(ask).toBeHidden();
  expect(await echoAt(page, '$.method')).toBe('GET');
});
