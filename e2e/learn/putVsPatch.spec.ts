import { test, expect } from '../support/test';
import { requestRegion, send, setMethod, status } from '../support/app';
import { checkStatus, expectNotPassed, expectPassed, learnRegion, openLesson, putStepInEditor } from './support';

test('PUT vs PATCH: the deep link opens the lesson, a POST fails the PUT step with the difference, the PUT passes it', async ({ page }) => {
  await openLesson(page, 'put-vs-patch');
  const learn = learnRegion(page);
  await expect(learn.getByRole('heading', { name: 'PUT replaces, PATCH merges' })).toBeVisible();
  await putStepInEditor(page);
  const url = page.getByRole('textbox', { name: 'URL' });
  await expect(url).toHaveValue(/\/sandbox\/lab\/[a-z0-9]{16}\/books\/2$/);
  await expect(checkStatus(page)).toContainText('Nothing has reached your lab since this step began');

  await setMethod(page, 'POST');
  await send(page);
  await expect(status(page)).toHaveText(/^405/);
  await expectNotPassed(page, 'The lab received POST; this step asks for PUT.');
  await expect(learn.getByRole('figure', { name: /What your lab received/ })).toContainText('POST /books/2');

  await setMethod(page, 'PUT');
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  await expectPassed(page);
  const books = learn.getByRole('region', { name: 'Books in your lab' });
  await expect(books).toContainText('Structure and Interpretation of Computer Programs');
  await expect(books.getByRole('row', { name: /^2 / })).toContainText('changed');
  await expect(learn.getByRole('region', { name: 'The same in Python' })).toContainText('requests.put(');
  await expect(requestRegion(page)).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 1500 });
  await learn.getByRole('heading', { name: 'PUT the whole book' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/learn-put-vs-patch.png' });
  await expect(learn.getByRole('link', { name: /Send a request and read it|PUT the whole book/ }).first()).toBeVisible();
});
