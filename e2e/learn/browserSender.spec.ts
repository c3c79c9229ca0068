import { test, expect } from '../support/test';
import { chooseSender, send, status } from '../support/app';
import { checkStatus, expectPassed, learnRegion, openLesson, putStepInEditor } from './support';

async function sendWithBrowser(page: import('@playwright/test').Page) {
  await putStepInEditor(page);
  await chooseSender(page, 'Browser (direct)');
  await send(page);
  await expect(status(page)).toHaveText(/^\d{3}/);
  await expect(page.getByRole('region', { name: 'Response', exact: true })).toContainText('via browser');
}

test('a lesson passes with the Browser sender too, where the page itself sends to its lab', async ({ page }) => {
  await openLesson(page, 'put-vs-patch');
  const learn = learnRegion(page);
  for (const title of ['PUT the whole book', 'A PUT with only a title', 'PATCH merges']) {
    await expect(learn.getByRole('link', { name: new RegExp(`^${title}`) })).toHaveAttribute('aria-current', 'step');
    await sendWithBrowser(page);
    await expectPassed(page);
    if (title !== 'PATCH merges') await learn.getByRole('button', { name: 'Next step' }).click();
  }
});

test('a step that needs the relay says so, and with the Browser sender its check fails with the hint', async ({ page }) => {
  await openLesson(page, 'cookies', 'come-back');
  const learn = learnRegion(page);
  await expect(learn.getByText(/Needs the relay: The browser won't let a page send a Cookie header/)).toBeVisible();
  await sendWithBrowser(page);
  await expect(checkStatus(page)).toContainText('Not passed yet.');
  await expect(checkStatus(page)).toContainText('The request had no Cookie header.');
  await expect(checkStatus(page)).toContainText('Hint: Send with the relay and the cookie jar on (Settings).');
});
