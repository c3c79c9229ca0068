import type { Page } from '@playwright/test';
import { expect } from './test';

/** Presses Get new access token and signs in on the sandbox's consent page in the popup it opened, as a person would. */
export async function signInInPopup(page: Page, password = 'lovelace') {
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Get new access token' }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: 'Sign in to the Reqlab sandbox' })).toBeVisible();
  await expect(popup.getByText('The application reqlab-public asks to act for you')).toBeVisible();
  await popup.getByLabel('Username').pressSequentially('ada');
  await popup.getByLabel('Password').pressSequentially(password);
  await popup.getByRole('button', { name: 'Allow' }).click();
  return popup;
}
