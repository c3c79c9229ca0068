import { test, expect } from '../support/test';
import { axeViolations } from '../support/axe';
import { chooseSender, openApp, openRequestTab, requestRegion, responseRegion, sandbox, send, setUrl, status, typeOver } from '../support/app';

test('NTLM through the relay: the three-message handshake signs in to /sandbox/ntlm, and a wrong password gets the server’s reason', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Local relay');
  await setUrl(page, sandbox(page, '/ntlm/whoami'));
  await send(page);
  await expect(status(page)).toHaveText('401 Unauthorized');
  const body = responseRegion(page).getByRole('region', { name: 'Response body' });
  await expect(body).toContainText('No NTLM message');

  await openRequestTab(page, 'Auth');
  const request = requestRegion(page);
  await request.getByLabel('Auth type').selectOption({ label: 'NTLM (relay only)' });
  await expect(request.getByRole('link', { name: 'Microsoft: [MS-NLMP] NTLM Authentication Protocol' })).toBeVisible();
  await typeOver(request.getByLabel('Username'), 'ada');
  await typeOver(request.getByLabel('Password'), 'lovelace');
  await typeOver(request.getByLabel('Domain (optional)'), 'REQLAB');
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(body).toContainText('"message": "NTLM: signed in with NTLMv2"');
  await expect(body).toContainText('"domain": "REQLAB"');
  // What went on the wire: the last of the three messages, an NTLM AUTHENTICATE (base64 of "NTLMSSP\0" …).
  await responseRegion(page).getByRole('tab', { name: 'Raw' }).click();
  await expect(responseRegion(page).getByLabel('Raw request')).toContainText(/Authorization: NTLM TlRMTVNTUAAD\S+/);
  expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await typeOver(request.getByLabel('Password'), 'guess');
  await send(page);
  await expect(status(page)).toHaveText('401 Unauthorized');
  await responseRegion(page).getByRole('tab', { name: 'Body' }).click();
  await expect(body).toContainText('does not match: another user or password');
});

test('NTLM with the browser sender is refused with the reason, not sent without credentials', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Browser (direct)');
  await setUrl(page, sandbox(page, '/ntlm/whoami'));
  await openRequestTab(page, 'Auth');
  const request = requestRegion(page);
  await request.getByLabel('Auth type').selectOption({ label: 'NTLM (relay only)' });
  await typeOver(request.getByLabel('Username'), 'ada');
  await typeOver(request.getByLabel('Password'), 'lovelace');
  await send(page);
  const alert = responseRegion(page).getByRole('alert');
  await expect(alert).toContainText('NTLM needs a three-message handshake');
  await expect(alert).toContainText('Local relay');
  await expect(status(page)).toHaveCount(0);
});
