import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { chooseSender, openApp, openRequestTab, sandbox, send, setUrl, status, typeOver, type SenderName } from '../support/app';
import { axeViolations } from '../support/axe';
import { signInInPopup } from '../support/oauth2';

async function chooseOAuth2(page: Page, grant: string) {
  await openRequestTab(page, 'Auth');
  await page.getByLabel('Auth type').selectOption({ label: 'OAuth 2.0' });
  await expect(page.getByRole('link', { name: 'RFC 6749: The OAuth 2.0 Authorization Framework' })).toBeVisible();
  await page.getByLabel('Grant type').selectOption({ label: grant });
}

const tokenPanel = (page: Page) => page.getByRole('region', { name: 'OAuth 2.0 token' });
const tokenLine = (page: Page) => tokenPanel(page).getByRole('status');
const body = (page: Page) => page.getByRole('region', { name: 'Response body' });

test('authorization code with PKCE: sign in in a popup, the token is kept and sent; a forged answer with another state is refused', async ({ page, context }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/oauth/resource'));
  await send(page);
  await expect(status(page)).toHaveText('401 Unauthorized');

  await chooseOAuth2(page, 'Authorization code (sign in on the server’s page)');
  await typeOver(page.getByLabel('Auth URL'), sandbox(page, '/oauth/authorize'));
  await typeOver(page.getByLabel('Access token URL'), sandbox(page, '/oauth/token'));
  await typeOver(page.getByLabel('Client ID'), 'reqlab-public');
  await typeOver(page.getByLabel('Scope'), 'books:read');
  await expect(page.getByLabel('Use PKCE (S256), as RFC 7636 and OAuth 2.1 ask')).toBeChecked();
  const callback = new URL('/oauth/callback', page.url()).toString();
  await expect(page.getByText(`Register ${callback} as a redirect URI`)).toBeVisible();
  await expect(tokenLine(page)).toHaveText('No access token yet.');

  // Someone else's answer arrives while the person is signing in: its state is not ours.
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Get new access token' }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: 'Sign in to the Reqlab sandbox' })).toBeVisible();
  await expect(tokenLine(page)).toHaveText('Waiting for you to sign in in the other window…');
  const forged = await context.newPage();
  await forged.goto(`${callback}?code=stolen&state=not-the-one-sent`);
  await expect(forged.getByRole('heading', { name: 'Answer received' })).toBeVisible();
  await expect(tokenPanel(page).getByRole('alert')).toHaveText('OAuth 2.0: the answer’s state does not match the one Reqlab sent, so it was refused: it may not be an answer to this request.');
  await expect(tokenLine(page)).toHaveText('No access token yet.');
  await forged.close();
  if (!popup.isClosed()) await popup.close();

  const signIn = await signInInPopup(page);
  await expect(tokenLine(page)).toHaveText(/^Access token …\S{4} \(bearer, scope books:read\), expires in 60 min; a refresh token is kept, so it is renewed when it expires\.$/);
  if (!signIn.isClosed()) await signIn.close();
  await page.screenshot({ path: 'e2e/screenshots/oauth2-token.png' });
  expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(body(page)).toContainText('"client": "reqlab-public"');
  await expect(body(page)).toContainText('"user": "ada"');

  // The token survives a reload (kept in this browser), and can be cleared.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
  await openRequestTab(page, 'Auth');
  await expect(tokenLine(page)).toHaveText(/^Access token …\S{4} \(bearer/);
  await page.getByRole('button', { name: 'Clear token' }).click();
  await expect(tokenLine(page)).toHaveText('No access token yet.');
  await send(page);
  await expect(page.getByText('OAuth 2.0: no access token yet. Press “Get new access token” in the Auth tab to sign in.')).toBeVisible();
});

test('a token that expires is refreshed on the next send, without signing in again', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/oauth/resource'));
  await chooseOAuth2(page, 'Authorization code (sign in on the server’s page)');
  await typeOver(page.getByLabel('Auth URL'), sandbox(page, '/oauth/authorize'));
  await typeOver(page.getByLabel('Access token URL'), sandbox(page, '/oauth/token'));
  // reqlab-short's tokens last 5 s.
  await typeOver(page.getByLabel('Client ID'), 'reqlab-short');
  await typeOver(page.getByLabel('Client secret'), 'reqlab-secret');
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Get new access token' }).click();
  const popup = await popupOpened;
  await popup.getByLabel('Username').pressSequentially('ada');
  await popup.getByLabel('Password').pressSequentially('lovelace');
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(tokenLine(page)).toHaveText(/^Access token …(\S{4}) \(bearer, scope books:read\), expires in [1-5] s;/);
  const first = /…(\S{4})/.exec((await tokenLine(page).textContent())!)![1];
  await expect(tokenLine(page)).toHaveText(/expired \d+ s ago/, { timeout: 10_000 });

  let popups = 0;
  page.on('popup', () => popups++);
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(body(page)).toContainText('"client": "reqlab-short"');
  await expect(tokenLine(page)).toHaveText(/^Access token …\S{4} \(bearer, scope books:read\), expires in [1-5] s;/);
  expect(/…(\S{4})/.exec((await tokenLine(page).textContent())!)![1]).not.toBe(first);
  expect(popups).toBe(0);
});

for (const sender of ['Local relay', 'Browser (direct)'] as SenderName[]) {
  test(`client credentials: Send gets the token itself, and a wrong secret gets the server's reason (${sender})`, async ({ page }) => {
    await openApp(page);
    await chooseSender(page, sender);
    await setUrl(page, sandbox(page, '/oauth/resource'));
    await chooseOAuth2(page, 'Client credentials (the app itself)');
    await typeOver(page.getByLabel('Access token URL'), sandbox(page, '/oauth/token'));
    await typeOver(page.getByLabel('Client ID'), 'reqlab-app');
    await typeOver(page.getByLabel('Client secret'), 'a-guess');
    await send(page);
    await expect(page.getByText('OAuth 2.0: the server refused the token request (HTTP 401): invalid_client, “Invalid client: client is invalid”.')).toBeVisible();
    await typeOver(page.getByLabel('Client secret'), 'reqlab-secret');
    await send(page);
    await expect(status(page)).toHaveText('200 OK');
    await expect(body(page)).toContainText('"client": "reqlab-app"');
    await expect(tokenLine(page)).toHaveText(/^Access token …\S{4} \(bearer, scope books:read\), expires in 60 min\.$/);
  });
}

test('implicit, for old servers: the token comes back in the callback URL, is kept, and is sent', async ({ page }) => {
  await openApp(page);
  await setUrl(page, sandbox(page, '/oauth/resource'));
  await chooseOAuth2(page, 'Implicit (old servers: the token comes back in the URL)');
  await expect(page.getByLabel('Access token URL')).toHaveCount(0);
  await typeOver(page.getByLabel('Auth URL'), sandbox(page, '/oauth/authorize'));
  await typeOver(page.getByLabel('Client ID'), 'reqlab-public');
  const popup = await signInInPopup(page);
  await expect(tokenLine(page)).toHaveText(/^Access token …\S{4} \(bearer, scope books:read\), expires in 60 min\.$/);
  if (!popup.isClosed()) await popup.close();
  await send(page);
  await expect(status(page)).toHaveText('200 OK');
  await expect(body(page)).toContainText('"client": "reqlab-public"');
});
