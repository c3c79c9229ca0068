import type { Page } from '@playwright/test';
import { expect } from '../support/test';

export function learnRegion(page: Page) {
  return page.getByRole('complementary', { name: 'Learn HTTP' });
}

export function checkStatus(page: Page) {
  return learnRegion(page).getByRole('region', { name: 'Check' }).getByRole('status');
}

/** Opens a lesson by its deep link, as a learner following a teacher's link does. */
export async function openLesson(page: Page, lesson: string, step?: string): Promise<void> {
  await page.goto(`/#/learn/${lesson}${step ? `/${step}` : ''}`);
  await expect(learnRegion(page).getByRole('heading', { level: 3 })).toBeVisible();
  await expect(learnRegion(page).getByRole('button', { name: /^(Put this request in the editor|Open a blank request in your lab)$/ })).toBeEnabled();
}

export async function putStepInEditor(page: Page): Promise<void> {
  await learnRegion(page).getByRole('button', { name: 'Put this request in the editor' }).click();
}

export async function expectPassed(page: Page): Promise<void> {
  await expect(checkStatus(page)).toContainText('Passed.');
}

export async function expectNotPassed(page: Page, difference: string | RegExp): Promise<void> {
  await expect(checkStatus(page)).toContainText('Not passed yet.');
  await expect(checkStatus(page).getByRole('list', { name: 'What differs' })).toContainText(difference);
}
