import { test, expect } from '../support/test';
import { openApp, openRequestTab, requestRegion, responseRegion, sandbox, send, status, echoAt } from '../support/app';

test('a cURL command pasted into the URL bar becomes the request, and sends what it says', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const target = sandbox(page, '/anything/pasted?from=curl');
  const command = [
    `curl -X POST '${target}'`,
    `-H 'X-Trace: abc-123'`,
    `-H 'Content-Type: application/json'`,
    `--data '{"name": "Ada", "n": 7}'`,
    `--proxy http://127.0.0.1:9`,
  ].join(' \\\n  ');
  await page.evaluate((text) => navigator.clipboard.writeText(text), command);
  const url = page.getByRole('textbox', { name: 'URL' });
  await url.click();
  await url.press('Control+V');

  await expect(page.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('POST');
  await expect(url).toHaveValue(target);
  // The flag Reqlab cannot honour is named, not dropped silently.
  await expect(requestRegion(page).getByRole('status')).toContainText('--proxy');

  await openRequestTab(page, 'Headers');
  const inputValues = () => requestRegion(page).locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect.poll(inputValues).toEqual(expect.arrayContaining(['X-Trace', 'abc-123', 'Content-Type', 'application/json']));

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const body = responseRegion(page).getByRole('region', { name: 'Response body' });
  await expect(body).toContainText('"method": "POST"');
  await expect(body).toContainText('/sandbox/anything/pasted?from=curl');
  await expect(body).toContainText(/"X-Trace",\s*"abc-123"/);
  await expect(body).toContainText(/"Content-Type",\s*"application\/json"/i);
  // Further down than the pane shows: read through the JSONPath filter, as a person would look it up.
  expect(await echoAt(page, '$.body.json')).toEqual({ name: 'Ada', n: 7 });
});

test('pasting a plain URL still pastes it as text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const target = sandbox(page, '/anything/plain');
  await page.evaluate((text) => navigator.clipboard.writeText(text), target);
  const url = page.getByRole('textbox', { name: 'URL' });
  await url.click();
  await url.press('Control+V');
  await expect(url).toHaveValue(target);
  await expect(page.getByRole('combobox', { name: 'Method', exact: true })).toHaveValue('GET');
});
