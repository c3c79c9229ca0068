import { test, expect } from '../support/test';
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
