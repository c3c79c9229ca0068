import { test, expect } from '../support/test';
import { openApp, send, status } from '../support/app';
import { expectPassed, learnRegion, openLesson, putStepInEditor } from './support';

test('the method matrix proves each promise on the sandbox: PUT twice is one state, POST twice two books, fetch refuses a GET body', async ({ page }) => {
  await page.goto('/#/learn/method-matrix');
  const learn = learnRegion(page);
  const table = learn.getByRole('region', { name: 'Methods and their properties' });
  await expect(table.getByRole('row', { name: /^PUT / })).toContainText('Yes');
  const result = learn.getByRole('region', { name: 'What happened' }).getByRole('status');

  await table.getByRole('button', { name: 'Show me: idempotent, PUT' }).click();
  await expect(result).toContainText('the second PUT /books/2 → 200 left the books as they were');
  await expect(result).toContainText('PUT is idempotent.');
  await table.getByRole('button', { name: 'Show me: idempotent, POST' }).click();
  await expect(result).toContainText('POST is not idempotent: a retry can do it twice.');
  await expect(result.getByRole('list', { name: 'Requests sent' })).toContainText('POST /books → 201; books 9 → 10');
  await table.getByRole('button', { name: 'Show me: safe, DELETE' }).click();
  await expect(result).toContainText('DELETE /books/2 → 204: book 2 deleted. DELETE is not safe');
  await table.getByRole('button', { name: 'Show me: request body, GET' }).click();
  await expect(result).toContainText('The browser refused to send it');
  await page.setViewportSize({ width: 1440, height: 1100 });
  await learn.getByRole('heading', { name: 'The method matrix' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/learn-method-matrix.png' });
});

test('Learn works from the keyboard: the activity bar, lesson links, step links, and the anatomy parts that explain themselves and jump to the editor', async ({ page }) => {
  await openApp(page);
  // The activity bar is one tab stop: the arrows walk it, and End reaches Learn at its foot.
  await page.getByRole('toolbar', { name: 'Side panels' }).getByRole('button', { name: 'Collections', exact: true }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Learn', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const learn = learnRegion(page);
  await expect(learn.getByRole('heading', { name: 'Learn HTTP' })).toBeVisible();
  const lesson = learn.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^Anatomy of an exchange/ });
  await lesson.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/learn\/anatomy$/);
  await putStepInEditor(page);
  await send(page);
  await expect(status(page)).toHaveText(/^200/);
  await expectPassed(page);

  const anatomy = learn.getByRole('figure', { name: /Your exchange, part by part/ });
  const fragment = anatomy.getByRole('button', { name: 'Fragment: #reviews' });
  await fragment.focus();
  await expect(anatomy.getByText(/never sent to the server/)).toBeVisible();
  await anatomy.getByRole('button', { name: 'Query: ?fields=title' }).first().focus();
  await expect(anatomy.getByText(/travels in the request line with the path/)).toBeVisible();
  await anatomy.getByRole('button', { name: 'Method: GET' }).first().press('Enter');
  await expect(page.getByRole('combobox', { name: 'Method', exact: true })).toBeFocused();
  await anatomy.getByRole('button', { name: /^Request headers: / }).press('Enter');
  await expect(page.getByRole('tab', { name: 'Headers', selected: true }).first()).toBeFocused();
  // What the lab received: the fragment never arrived.
  await expect(learn.getByRole('figure', { name: /What your lab received/ })).toContainText('GET /books/2?fields=title');
  await expect(learn.getByRole('figure', { name: /What your lab received/ })).not.toContainText('reviews');

  const next = learn.getByRole('link', { name: /^Add a header of your own/ });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/learn\/anatomy\/header-of-your-own$/);
  await expect(learn.getByRole('button', { name: 'Open a blank request in your lab' })).toBeVisible();
});

test('progress survives a reload, and a course file with a mistake is refused with the place named', async ({ page }) => {
  await openLesson(page, 'get-and-query', 'head');
  await putStepInEditor(page);
  await send(page);
  await expectPassed(page);
  await page.reload();
  const learn = learnRegion(page);
  await expect(learn.getByRole('link', { name: /^HEAD: only the headers \(passed\)/ })).toBeVisible();
  await expect(learn.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^GET, query parameters/ })).toContainText('1/5');

  // Reset my lab: a deleted book is back, and the log is empty.
  await openLesson(page, 'post-and-delete', 'delete');
  await putStepInEditor(page);
  await send(page);
  await expect(status(page)).toHaveText(/^404/); // book 9 was never created in this lab
  await learn.getByRole('button', { name: 'Reset my lab' }).click();
  await expect(learn.getByRole('status').filter({ hasText: 'Your lab is back to the eight books it started with' })).toBeVisible();
  await expect(learn.getByRole('figure', { name: /What your lab received/ })).toContainText('Nothing yet');

  // Restart the course, after a confirm: the progress is gone.
  page.once('dialog', (dialog) => void dialog.accept());
  await learn.getByRole('button', { name: 'Restart the course' }).click();
  await expect(page).toHaveURL(/#\/learn\/anatomy$/);
  await expect(learn.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /^GET, query parameters/ })).toContainText('0/5');

  const chooser = page.waitForEvent('filechooser');
  await learn.getByRole('button', { name: 'Import a course…' }).click();
  const bad = { format: 'reqlab-course/1', id: 'mine', title: 'My course', lessons: [{ id: 'one', title: 'One', summary: 'S', steps: [{ id: 'a', title: 'Send', text: ['x'], check: { expect: { status: 99 } } }] }] };
  await (await chooser).setFiles({ name: 'mine.course.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = learn.getByRole('alert');
  await expect(alert).toContainText('mine.course.json was not imported.');
  await expect(alert).toContainText('Course "My course" / lesson 1 "One" / step 1 "Send" / check / expect / status');
  await expect(learn.getByRole('combobox', { name: 'Course' })).toHaveValue('http-by-doing');

  const good = { ...bad, lessons: [{ ...bad.lessons[0], steps: [{ id: 'a', title: 'Send', text: ['Send a GET.'], request: { method: 'GET', url: '{{lab}}/books' }, check: { expect: { method: 'GET', status: 200 } } }] }] };
  const chooser2 = page.waitForEvent('filechooser');
  await learn.getByRole('button', { name: 'Import a course…' }).click();
  await (await chooser2).setFiles({ name: 'mine.course.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(learn.getByRole('status').filter({ hasText: 'Imported "My course" (1 lessons).' })).toBeVisible();
  await expect(learn.getByRole('combobox', { name: 'Course' })).toHaveValue('mine');
  await putStepInEditor(page);
  await send(page);
  await expectPassed(page);

  const download = page.waitForEvent('download');
  await learn.getByRole('button', { name: 'Export this course' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mine.course.json');
});
