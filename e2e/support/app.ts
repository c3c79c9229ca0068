import type { Locator, Page } from '@playwright/test';
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

/** Selects what a field holds and types over it, one key at a time. */
export async function typeOver(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  if (text === '') await field.press('Backspace');
  else await field.pressSequentially(text, { delay: 5 });
}

export async function setMethod(page: Page, method: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Method', exact: true });
  await typeOver(field, method);
  await field.press('Tab');
}

export async function setUrl(page: Page, url: string): Promise<void> {
  await typeOver(page.getByRole('textbox', { name: 'URL' }), url);
}

/**
 * Clicks Send, then waits until the page shows that this send began or ended: its sending state, its
 * own answer (a new exchange id on the status line), or a question before sending. The last answer
 * stays on screen for the first 50 ms of a send, so "the status says 200" alone could be the answer
 * before (and text typed into it would go when the new one replaces it). A click that sends nothing
 * (a blocked request) leaves the page as it was, so the wait gives up quietly after 5 s.
 */
export async function send(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.querySelector('[aria-label="Status"][data-exchange-id]')?.getAttribute('data-exchange-id') ?? null);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page
    .waitForFunction(
      (previous) => {
        const line = document.querySelector('[aria-label="Status"][data-exchange-id]');
        const answered = !line || line.getAttribute('data-exchange-id') !== previous;
        return answered || !!document.querySelector('.rl-sending, [role="alertdialog"]');
      },
      before,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

export function responseRegion(page: Page) {
  return page.getByRole('region', { name: 'Response', exact: true });
}

export function status(page: Page) {
  return responseRegion(page).getByLabel('Status');
}

/** Absolute URL of a sandbox route on the server under test (same origin as the page). */
export function sandbox(page: Page, path: string): string {
  return new URL(`/sandbox${path}`, page.url()).toString();
}

export function requestRegion(page: Page) {
  return page.getByRole('region', { name: 'Request', exact: true });
}

/** A tab of the request editor (the response has tabs with the same names). */
export async function openRequestTab(page: Page, name: 'Params' | 'Headers' | 'Auth' | 'Body' | 'Scripts' | 'Settings'): Promise<void> {
  await requestRegion(page).getByRole('tab', { name, exact: true }).click();
}

/** Types as a person does: one key at a time into whatever has focus. */
export async function typeKeys(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
}

/**
 * Every match of a JSONPath over the response body, read off the JSONPath result as a person
 * reads it: the rows' text, without the line numbers.
 */
export async function echoMatches(page: Page, path: string): Promise<unknown[]> {
  const body = responseRegion(page).getByRole('region', { name: 'Response body' });
  await body.getByRole('textbox', { name: 'JSONPath expression' }).fill(path); // not about typing: it picks what to read
  await body.getByRole('button', { name: 'Filter', exact: true }).click();
  const result = body.getByLabel('JSONPath result');
  // The result names its query: wait for this one, not the result of the query before it.
  await expect(body.locator('.rl-jsonpath-result > p code')).toHaveText(path);
  await expect(result).toBeVisible();
  let parsed: unknown[] = [];
  await expect(async () => {
    const text = await result.evaluate((el) =>
      [...el.querySelectorAll('.rl-gutter')].map((g) => g.nextElementSibling?.textContent ?? '').join('\n'),
    );
    parsed = JSON.parse(text) as unknown[];
  }).toPass({ timeout: 5000 });
  return parsed;
}

/** The first match of a JSONPath over the response body (the sandbox echo's `$.query` …). */
export async function echoAt(page: Page, path: string): Promise<unknown> {
  return (await echoMatches(page, path))[0];
}

/** Chooses a JSON body and types it into the body editor (Monaco takes the text as one input). */
export async function typeJsonBody(page: Page, text: string): Promise<void> {
  await openRequestTab(page, 'Body');
  await page.getByRole('combobox', { name: 'Body type' }).selectOption({ label: 'JSON' });
  const editor = page.getByLabel('Request body').locator('.monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.insertText(text);
}

export type PanelName = 'Collections' | 'Environments' | 'History' | 'Import' | 'Cookies';

/** Shows a side panel from the activity bar, as a person clicks it; an open one stays open. */
export async function openPanel(page: Page, name: PanelName): Promise<void> {
  const button = page.getByRole('toolbar', { name: 'Side panels' }).getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}
