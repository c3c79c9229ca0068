import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { echoAt, openApp, openRequestTab, sandbox, send, setUrl, status, typeOver, openPanel } from '../support/app';

const cookiesPanel = (page: Page) => page.getByRole('region', { name: 'Cookies', exact: true });
const jarFor = (page: Page, domain: string) => cookiesPanel(page).getByRole('region', { name: `Cookies for ${domain}` });

async function sendTo(page: Page, url: string) {
  await setUrl(page, url);
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
}

test('a sandbox login sets a cookie, the next relay request sends it, and after it expires it is not sent', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'Cookies');
  await sendTo(page, sandbox(page, '/login?max_age=4'));
  const session = (await echoAt(page, '$.session')) as string;
  // The manager shows it under its domain, the value masked until asked for.
  const row = jarFor(page, '127.0.0.1').getByRole('listitem').filter({ hasText: 'session' });
  await expect(row).toContainText('/sandbox');
  await expect(row).toContainText('HttpOnly');
  await expect(row.getByLabel('Value of session, hidden')).toHaveText('••••••');
  await cookiesPanel(page).scrollIntoViewIfNeeded();
  await cookiesPanel(page).screenshot({ path: 'e2e/screenshots/cookies.png' });
  await row.getByRole('button', { name: 'Show value of session' }).click();
  await expect(row.getByLabel('Value of session', { exact: true })).toHaveText(session);

  await sendTo(page, sandbox(page, '/cookies'));
  expect(await echoAt(page, '$.cookies')).toEqual({ session });

  // Turned off for this request: nothing from the jar goes out.
  await openRequestTab(page, 'Settings');
  await page.getByRole('checkbox', { name: 'Use the cookie jar' }).uncheck();
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.cookies')).toEqual({});
  await page.getByRole('checkbox', { name: 'Use the cookie jar' }).check();

  await page.waitForTimeout(4_500); // the cookie's Max-Age, not a timing assertion
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.cookies')).toEqual({});
  await expect(jarFor(page, '127.0.0.1')).toHaveCount(0);
});

test('the cookie manager adds, edits and deletes a cookie typed key by key, and refuses a bad one with a message', async ({ page }) => {
  await openApp(page);
  await openPanel(page, 'Cookies');
  const panel = cookiesPanel(page);
  await panel.getByRole('button', { name: 'Add cookie' }).click();
  const form = panel.getByRole('form', { name: 'New cookie' });
  await form.getByRole('textbox', { name: 'Name' }).pressSequentially('bad name', { delay: 5 });
  await form.getByRole('textbox', { name: 'Value' }).pressSequentially('v1', { delay: 5 });
  await form.getByRole('textbox', { name: 'Domain' }).pressSequentially('127.0.0.1', { delay: 5 });
  await form.getByRole('button', { name: 'Add cookie' }).click();
  await expect(form.getByRole('alert')).toHaveText(/^Name must be a token/);
  await typeOver(form.getByRole('textbox', { name: 'Name' }), 'theme');
  await form.getByRole('button', { name: 'Add cookie' }).click();
  await expect(form).toHaveCount(0);

  await sendTo(page, sandbox(page, '/cookies'));
  expect(await echoAt(page, '$.cookies')).toEqual({ theme: 'v1' });

  const row = jarFor(page, '127.0.0.1').getByRole('listitem').filter({ hasText: 'theme' });
  await row.getByRole('button', { name: 'Edit theme' }).click();
  const edit = panel.getByRole('form', { name: 'Edit cookie theme' });
  await typeOver(edit.getByRole('textbox', { name: 'Value' }), 'dark');
  await edit.getByRole('button', { name: 'Save cookie' }).click();
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.cookies')).toEqual({ theme: 'dark' });

  await row.getByRole('button', { name: 'Delete theme' }).click();
  await expect(jarFor(page, '127.0.0.1')).toHaveCount(0);
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.cookies')).toEqual({});
});
