import { test, expect } from '../support/test';
import { echoAt, openApp, responseRegion, send, status } from '../support/app';

test('the first screen offers a full sandbox URL to click, and a URL typed as /sandbox/… goes to this server', async ({ page }) => {
  await openApp(page);
  const origin = new URL(page.url()).origin;
  const url = page.getByRole('textbox', { name: 'URL' });
  await responseRegion(page).getByRole('button', { name: `Use ${origin}/sandbox/anything as the URL` }).click();
  await expect(url).toHaveValue(`${origin}/sandbox/anything`);
  await expect(url).toBeFocused();
  await send(page);
  await expect(status(page)).toHaveText(/^200/);

  // Typed key by key, as a newcomer copies the hint: no "has no host", the field says where it goes.
  await url.press('ControlOrMeta+a');
  await url.pressSequentially('/sandbox/anything?lesson=1', { delay: 5 });
  await expect(page.getByText(`Goes to this Reqlab server: ${origin}/sandbox/anything?lesson=1`)).toBeVisible();
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  expect(await echoAt(page, '$.url')).toBe('/sandbox/anything?lesson=1');
});
