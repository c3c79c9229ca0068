import { test, expect } from '../support/test';
import { chooseSender, openApp, openRequestTab, requestRegion, responseRegion, sandbox, send, setUrl, status, typeOver } from '../support/app';

test('Digest auth answers /sandbox/digest-auth through the relay, and Raw shows the header it sent', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Local relay');
  await setUrl(page, sandbox(page, '/digest-auth/dora/p4ss?algorithm=SHA-256'));
  await openRequestTab(page, 'Auth');
  const request = requestRegion(page);
  await request.getByLabel('Auth type').selectOption('digest');
  await typeOver(request.getByLabel('Username'), 'dora');
  await typeOver(request.getByLabel('Password'), 'wrong');
  await send(page);
  await expect(status(page)).toHaveText('401 Unauthorized');

  await typeOver(request.getByLabel('Password'), 'p4ss');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  const response = responseRegion(page);
  await expect(response.getByRole('region', { name: 'Response body' })).toContainText('"authenticated": true');
  await response.getByRole('tab', { name: 'Raw' }).click();
  const raw = response.getByLabel('Raw request');
  await expect(raw).toContainText('GET /sandbox/digest-auth/dora/p4ss?algorithm=SHA-256 HTTP/1.1');
  await expect(raw).toContainText(/Authorization: Digest username="dora", realm="[^"]+", nonce="[^"]+", uri="\/sandbox\/digest-auth\/dora\/p4ss\?algorithm=SHA-256", algorithm=SHA-256, response="[0-9a-f]{64}"/);
  await expect(response.getByLabel('Raw response head')).toContainText('Authentication-Info: rspauth=');
});

test('Digest with the browser sender is refused with the reason, not sent without credentials', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Browser (direct)');
  await setUrl(page, sandbox(page, '/digest-auth/dora/p4ss'));
  await openRequestTab(page, 'Auth');
  const request = requestRegion(page);
  await request.getByLabel('Auth type').selectOption('digest');
  await typeOver(request.getByLabel('Username'), 'dora');
  await typeOver(request.getByLabel('Password'), 'p4ss');
  await send(page);
  const alert = responseRegion(page).getByRole('alert');
  await expect(alert).toContainText('Digest');
  await expect(alert).toContainText('Local relay');
  await expect(status(page)).toHaveCount(0);
});
