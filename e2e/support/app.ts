import type { Page } from '@playwright/test';
import { expect } from './test';

export type SenderName = 'Local relay' | 'Browser (direct)';

/** Opens the app and waits until the URL field is ready. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
}

export async function chooseSender(page: Page, sender: SenderName): Promise<void> {
  const group = page.getByRole('radiogroup', { name: 'Send via' });
  if (!(await group.isVisible())) {
    await openRequestTab(page, 'Settings');
  }
  await group.getByRole('radio', { name: sender }).check();
}

export async function setMethod(page: Page, method: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Method' });
  await field.fill(method);
  await field.press('Tab');
}

export async function setUrl(page: Page, url: string): Promise<void> {
  await page.getByRole('textbox', { name: 'URL' }).fill(url);
}

export async function send(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

export function responseRegion(page: Page) {
  return page.getByRole('region', { name: 'Response' });
}

export function status(page: Page) {
  return responseRegion(page).getByLabel('Status');
}

/** Absolute URL of a sandbox route on the server under test (same origin as the page). */
export function sandbox(page: Page, path: string): string {
  return new URL(`/sandbox${path}`, page.url()).toString();
}

export function requestRegion(page: Page) {
  return page.getByRole('region', { name: 'Request' });
}

/** A tab of the request editor (the response has tabs with the same names). */
export async function openRequestTab(page: Page, name: 'Params' | 'Headers' | 'Auth' | 'Body' | 'Settings'): Promise<void> {
  await requestRegion(page).getByRole('tab', { name, exact: true }).click();
}
