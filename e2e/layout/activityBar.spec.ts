import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { openApp, openPanel, requestRegion, responseRegion } from '../support/app';

const bar = (page: Page) => page.getByRole('toolbar', { name: 'Side panels' });
const switchFor = (page: Page, name: string) => bar(page).getByRole('button', { name, exact: true });
const sidePanel = (page: Page) => page.locator('#rl-side-panel');

test('the activity bar shows one panel at a time, folds it away, and both choices survive a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page);
  await expect(page.getByRole('complementary', { name: 'Collections' })).toBeVisible();

  await switchFor(page, 'Environments').click();
  await expect(page.getByRole('complementary', { name: 'Environments' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Collections' })).toHaveCount(0);
  await expect(switchFor(page, 'Environments')).toHaveAttribute('aria-pressed', 'true');

  // Pressing the open switch again folds the panel away.
  await switchFor(page, 'Environments').click();
  await expect(sidePanel(page)).toHaveCount(0);
  await expect(switchFor(page, 'Environments')).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
  await expect(sidePanel(page)).toHaveCount(0);

  // The fold button in the panel's header folds it too; the bar brings back the last panel.
  await switchFor(page, 'History').click();
  await expect(page.getByRole('complementary', { name: 'History' })).toBeVisible();
  await page.getByRole('button', { name: 'Fold the side panel away' }).click();
  await expect(sidePanel(page)).toHaveCount(0);
  await switchFor(page, 'History').click();
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'History' })).toBeVisible();
});

test('the side panel is resized with the keyboard on its handle, and keeps its width after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page);
  const before = (await sidePanel(page).boundingBox())!.width;
  const handle = page.getByRole('separator', { name: 'Resize the side panel' });
  await handle.focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await sidePanel(page).boundingBox())!.width).toBeGreaterThan(before + 40);
  const wider = (await sidePanel(page).boundingBox())!.width;
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
  await expect.poll(async () => Math.abs((await sidePanel(page).boundingBox())!.width - wider)).toBeLessThan(3);
});

test('the response sits below the request or beside it, and the choice is remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Response beside' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  let request = (await requestRegion(page).boundingBox())!;
  let response = (await responseRegion(page).boundingBox())!;
  expect(response.y).toBeGreaterThan(request.y + request.height - 2);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'URL' })).toBeEditable();
  request = (await requestRegion(page).boundingBox())!;
  response = (await responseRegion(page).boundingBox())!;
  expect(response.x).toBeGreaterThan(request.x + request.width - 2);
  expect(Math.abs(response.y - request.y)).toBeLessThan(30);
  await expect(page.getByRole('separator', { name: 'Resize request and response' })).toHaveAttribute('aria-orientation', 'vertical');
});

test('below 800 px the panel is an overlay that starts closed and closes with Escape', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await openApp(page);
  await expect(sidePanel(page)).toHaveCount(0);
  const url = (await page.getByRole('textbox', { name: 'URL' }).boundingBox())!;
  // The URL field keeps room to read a URL (about 30 monospace characters), not "http://12".
  expect(url.width).toBeGreaterThan(250);

  await openPanel(page, 'Collections');
  const panel = page.getByRole('complementary', { name: 'Collections' });
  await expect(panel).toBeVisible();
  // Over the editor, not beside it: the URL field has not moved.
  expect((await page.getByRole('textbox', { name: 'URL' }).boundingBox())!.x).toBe(url.x);
  await panel.getByRole('button', { name: 'New collection' }).focus();
  await page.keyboard.press('Escape');
  await expect(sidePanel(page)).toHaveCount(0);
});

test('the activity bar is one tab stop, walked with the arrow keys', async ({ page }) => {
  await openApp(page);
  await switchFor(page, 'Collections').focus();
  await page.keyboard.press('ArrowDown');
  await expect(switchFor(page, 'Environments')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(switchFor(page, 'Learn')).toBeFocused();
  const stops = await bar(page).getByRole('button').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).tabIndex === 0).length);
  expect(stops).toBe(1);
});

for (const theme of ['light', 'dark'] as const) {
  for (const [width, height] of [
    [1400, 900],
    [1024, 768],
    [768, 1024],
  ] as const) {
    test(`the main screen at ${width} × ${height} in the ${theme} theme (screenshot)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height });
      await openApp(page);
      if (width < 800) await openPanel(page, 'Collections');
      await expect(page.getByRole('complementary', { name: 'Collections' })).toBeVisible();
      await page.getByRole('complementary', { name: 'Collections' }).getByRole('button', { name: /Sandbox tour|New collection/ }).first().waitFor();
      await page.screenshot({ path: `e2e/screenshots/workbench-${width}x${height}-${theme}.png` });
    });
  }
}
