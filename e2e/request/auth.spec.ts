import { generateKeyPairSync } from 'node:crypto';
import { test, expect } from '../support/test';
import { axeViolations } from '../support/axe';
import { chooseSender, openApp, sandbox, send, setUrl, status, typeOver, type SenderName, openRequestTab } from '../support/app';

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`Basic auth gets past /sandbox/basic-auth (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setUrl(page, sandbox(page, '/basic-auth/ada/lövelace'));
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');

    await openRequestTab(page, 'Auth');
    await page.getByLabel('Auth type').selectOption({ label: 'Basic' });
    await typeOver(page.getByLabel('Username'), 'ada');
    await typeOver(page.getByLabel('Password'), 'lövelace');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
  });
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`AWS Signature v4, typed in the Auth tab, is accepted by the sandbox's verifier (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setUrl(page, sandbox(page, '/aws/books?author=Le Guin'));
    await send(page);
    await expect(status(page)).toHaveText('403 Forbidden');
    // The sandbox's refusal names its key pair, as a person reads it off the response.
    await expect(page.getByRole('region', { name: 'Response body' })).toContainText('SANDBOXAWSKEY');

    await openRequestTab(page, 'Auth');
    await page.getByLabel('Auth type').selectOption({ label: 'AWS Signature v4' });
    await expect(page.getByRole('link', { name: 'AWS Signature Version 4' })).toBeVisible();
    await typeOver(page.getByLabel('Access key'), 'SANDBOXAWSKEY');
    await typeOver(page.getByLabel('Secret key'), 'sandbox-aws-secret');
    await typeOver(page.getByLabel('Region'), 'eu-west-1');
    await typeOver(page.getByLabel('Service name'), 'execute-api');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await expect(page.getByRole('region', { name: 'Response body' })).toContainText('"authenticated": true');
    await expect(page.getByRole('region', { name: 'Response body' })).toContainText('"region": "eu-west-1"');
    expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // A wrong secret is refused with AWS's own code.
    await typeOver(page.getByLabel('Secret key'), 'not-the-secret');
    await send(page);
    await expect(status(page)).toHaveText('403 Forbidden');
    await expect(page.getByRole('region', { name: 'Response body' })).toContainText('SignatureDoesNotMatch');
  });
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`JWT bearer, signed from the Auth tab, is accepted by the sandbox's verifier (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setUrl(page, sandbox(page, '/jwt/me'));
    await openRequestTab(page, 'Auth');
    await page.getByLabel('Auth type').selectOption({ label: 'JWT bearer' });
    // The scheme is explained, with its RFC, as a learn card would.
    await expect(page.getByText(/Anyone can read the payload/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'RFC 7519: JSON Web Token' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc7519');
    await page.getByLabel('Algorithm').selectOption('HS512');
    await typeOver(page.getByLabel('Secret', { exact: true }), 'sandbox-jwt-secret');
    await typeOver(page.getByLabel('Payload'), '{"sub": "ada", "role": "{{$randomInt}}"}');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    const body = page.getByRole('region', { name: 'Response body' });
    await expect(body).toContainText('"alg": "HS512"');
    await expect(body).toContainText('"sub": "ada"');
    expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await typeOver(page.getByLabel('Secret', { exact: true }), 'a-guess');
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');
    await expect(body).toContainText('bad_signature');

    // A payload that is not JSON is refused before sending, with what is wrong.
    await typeOver(page.getByLabel('Payload'), '{"sub": ada}');
    await send(page);
    await expect(page.getByText(/The JWT payload is not JSON/)).toBeVisible();
  });
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`Hawk, typed in the Auth tab, is accepted by the hawk package's own server check (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setUrl(page, sandbox(page, '/hawk/resource?b=1&a=2'));
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');
    const body = page.getByRole('region', { name: 'Response body' });
    // The refusal names the sandbox's identity, as a person reads it off the response.
    await expect(body).toContainText('dh37fgj492je');

    await openRequestTab(page, 'Auth');
    await page.getByLabel('Auth type').selectOption({ label: 'Hawk' });
    await typeOver(page.getByLabel('Hawk Auth ID'), 'dh37fgj492je');
    await typeOver(page.getByLabel('Hawk Auth Key'), 'werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn');
    await page.getByLabel('Algorithm').selectOption('sha256');
    await typeOver(page.getByLabel('Extra data (ext, optional)'), 'from-e2e');
    await page.getByLabel('Include a hash of the body in the MAC').check();
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await expect(body).toContainText('"authenticated": true');
    await expect(body).toContainText('"ext": "from-e2e"');
    await expect(body).toContainText('"payloadVerified": true');
    expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Each send makes a new nonce, so sending twice is not a replay.
    await send(page);
    await expect(status(page)).toHaveText('200 OK');

    // Another key is refused by hawk's own check.
    await typeOver(page.getByLabel('Hawk Auth Key'), 'not-the-key');
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');
    await expect(body).toContainText('Bad mac');
  });
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`OAuth 1.0, typed in the Auth tab, is accepted by the sandbox's check with oauth-sign (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setUrl(page, sandbox(page, '/oauth1/photos?file=vacation.jpg&size=original'));
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');
    const body = page.getByRole('region', { name: 'Response body' });
    await expect(body).toContainText('parameter_absent');

    await openRequestTab(page, 'Auth');
    await page.getByLabel('Auth type').selectOption({ label: 'OAuth 1.0' });
    await expect(page.getByRole('link', { name: 'RFC 5849: The OAuth 1.0 Protocol' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc5849');
    await page.getByLabel('Signature method').selectOption('HMAC-SHA256');
    await typeOver(page.getByLabel('Consumer key'), 'reqlab-consumer');
    await typeOver(page.getByLabel('Consumer secret'), 'reqlab-consumer-secret');
    await typeOver(page.getByRole('textbox', { name: 'Access token', exact: true }), 'reqlab-token');
    await typeOver(page.getByLabel('Token secret'), 'reqlab-token-secret');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await expect(body).toContainText('"message": "OAuth 1.0 signature verified"');
    await expect(body).toContainText('"signatureMethod": "HMAC-SHA256"');
    expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // A second send is signed afresh (a new nonce), so it is not a replay.
    await send(page);
    await expect(status(page)).toHaveText('200 OK');

    await typeOver(page.getByLabel('Token secret'), 'a-guess');
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');
    await expect(body).toContainText('signature_invalid');
  });
}

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`Akamai EdgeGrid, typed in the Auth tab, is accepted by the sandbox's check with Akamai's signer (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setUrl(page, sandbox(page, '/edgegrid/papi/v1/groups?contractId=ctr_1'));
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');
    const body = page.getByRole('region', { name: 'Response body' });
    await expect(body).toContainText('No EdgeGrid signature');

    await openRequestTab(page, 'Auth');
    await page.getByLabel('Auth type').selectOption({ label: 'Akamai EdgeGrid' });
    await expect(page.getByRole('link', { name: 'Akamai: EdgeGrid authentication' })).toHaveAttribute('href', 'https://techdocs.akamai.com/developer/docs/authenticate-with-edgegrid');
    await typeOver(page.getByLabel('Client token'), 'akab-sandbox-client-token');
    await typeOver(page.getByLabel('Client secret'), 'sandbox-edgegrid-secret=');
    await typeOver(page.getByRole('textbox', { name: 'Access token', exact: true }), 'akab-sandbox-access-token');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await expect(body).toContainText('"message": "EdgeGrid signature verified"');
    expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // A second send is signed afresh (a new nonce), so it is not a replay.
    await send(page);
    await expect(status(page)).toHaveText('200 OK');

    await typeOver(page.getByLabel('Client secret'), 'a-guess');
    await send(page);
    await expect(status(page)).toHaveText('401 Unauthorized');
    await expect(body).toContainText('The signature does not match the request');
  });
}

test('OAuth 1.0 RSA-SHA256: the Auth tab asks for the private key instead of the secrets; a certificate is refused before sending, a key signs', async ({ page }) => {
  await openApp(page);
  await chooseSender(page, 'Local relay');
  await setUrl(page, sandbox(page, '/oauth1/photos'));
  await openRequestTab(page, 'Auth');
  await page.getByLabel('Auth type').selectOption({ label: 'OAuth 1.0' });
  await page.getByLabel('Signature method').selectOption('RSA-SHA256');
  await expect(page.getByLabel('Consumer secret')).toHaveCount(0);
  await expect(page.getByLabel('Token secret')).toHaveCount(0);
  await typeOver(page.getByLabel('Consumer key'), 'reqlab-consumer');
  const key = page.getByLabel('Private key');
  await key.click();
  await key.pressSequentially('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----');
  await send(page);
  await expect(page.getByRole('region', { name: 'Response' }).getByRole('alert')).toContainText('OAuth 1.0 RSA-SHA256 needs the RSA private key in PEM (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----); this is a CERTIFICATE.');

  // A real key (made here, as `openssl genpkey` would): the request goes out signed with it.
  const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  await key.press('Control+A');
  await key.press('Delete');
  await key.pressSequentially(pem, { delay: 0 });
  await send(page);
  await expect(status(page)).toHaveText('401 Unauthorized');
  // The sandbox checks HMAC and PLAINTEXT only, and says which method it was sent.
  await expect(page.getByRole('region', { name: 'Response body' })).toContainText('The signature method “RSA-SHA256” is not one the sandbox checks');
  expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
