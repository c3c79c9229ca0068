import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { openRequestTab, requestRegion, send, setMethod, typeJsonBody, typeKeys } from '../support/app';
import { readFileSync } from 'node:fs';
import { axeViolations } from '../support/axe';
import { signInInPopup } from '../support/oauth2';
import { checkStatus, expectPassed, learnRegion, openLesson, putStepInEditor } from './support';

interface CourseFile {
  lessons: { id: string; title: string; steps: { id: string; title: string; request?: unknown; check?: { expect: { method?: string } | { method?: string }[]; hint?: string } }[] }[];
}
const course = JSON.parse(readFileSync(new URL('../../src/core/learn/course/http-by-doing.json', import.meta.url), 'utf8')) as CourseFile;

const TOKEN_FROM_RESPONSE = '<access_token of the last response>';

/** How a learner composes each challenge, typed into a blank request of their lab. */
interface Composed {
  path: string;
  method?: string;
  headers?: [string, string][];
  bearer?: string;
  json?: string;
}
const CHALLENGES: Record<string, Composed> = {
  'anatomy/header-of-your-own': { path: 'books/1', headers: [['X-Learner', 'Ada']] },
  'get-and-query/pages': { path: 'books?page=2&limit=3' },
  'post-and-delete/follow-location': { path: 'books/9' },
  'put-vs-patch/title-only': { path: 'books/4', method: 'PATCH', json: '{"title": "Il nome della rosa"}' },
  'status-codes/make-it-404': { path: 'books/404', method: 'DELETE' },
  'headers/make-304': { path: 'books/1', headers: [['If-None-Match', '*']] },
  'authentication/bearer-admin': { path: 'admin', bearer: 'admin' },
  'authentication/api-key': { path: 'api-key', headers: [['X-API-Key', 'sandbox-key']] },
  'redirects/keep-method': { path: 'redirect/1?status=307', method: 'POST', json: '{"order": 1}' },
  // The token the step before got, read off its response as a learner copies it.
  'oauth2/use-the-token': { path: 'oauth/resource', bearer: TOKEN_FROM_RESPONSE },
};
/** Steps about repetition: Send pressed this many times. */
const TIMES: Record<string, number> = { 'idempotency/post-twice': 2, 'idempotency/put-twice': 2, 'status-codes/too-many': 4 };

async function typeHeader(page: Page, name: string, value: string) {
  await openRequestTab(page, 'Headers');
  await requestRegion(page).getByRole('table', { name: 'Request headers' }).getByPlaceholder('Add header').click();
  await typeKeys(page, name);
  await page.keyboard.press('Tab');
  await typeKeys(page, value);
}

async function compose(page: Page, how: Composed) {
  const token = how.bearer === TOKEN_FROM_RESPONSE ? /sbx-at-[A-Za-z0-9_-]+/.exec((await page.getByRole('region', { name: 'Response body' }).textContent()) ?? '')?.[0] : how.bearer;
  if (how.bearer) expect(token, 'the access token in the last response').toBeDefined();
  await learnRegion(page).getByRole('button', { name: 'Open a blank request in your lab' }).click();
  const url = page.getByRole('textbox', { name: 'URL' });
  await expect(url).toHaveValue(/\/sandbox\/lab\/[a-z0-9]{16}\/$/);
  await url.click();
  await url.press('End');
  await typeKeys(page, how.path);
  if (how.method) await setMethod(page, how.method);
  for (const [name, value] of how.headers ?? []) await typeHeader(page, name, value);
  if (how.bearer) {
    await openRequestTab(page, 'Auth');
    await requestRegion(page).getByLabel('Auth type').selectOption({ label: 'Bearer token' });
    await requestRegion(page).getByLabel('Token', { exact: true }).click();
    await typeKeys(page, token!);
  }
  if (how.json) await typeJsonBody(page, how.json);
}

/** Presses Send and waits until the exchange is over and Learn has read the lab's log again. */
async function sendTimes(page: Page, times: number) {
  for (let i = 0; i < times; i += 1) {
    const logRead = page.waitForResponse((r) => /\/sandbox\/lab\/[a-z0-9]+\/log\?after=/.test(r.url()));
    await send(page);
    await logRead;
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
  }
}

for (const lesson of course.lessons) {
  // The CORS lesson needs the browser's real preflight (see abortOutside).
  test.describe(lesson.id, () => {
  if (lesson.id === 'cors') test.use({ abortOutside: false });
  test(`lesson "${lesson.title}": every check passes only after the right request, and a wrong one fails with what differs`, async ({ page }) => {
    test.setTimeout(120_000);
    await openLesson(page, lesson.id);
    const learn = learnRegion(page);
    for (const [index, step] of lesson.steps.entries()) {
      const key = `${lesson.id}/${step.id}`;
      await expect(learn.getByRole('link', { name: new RegExp(`^${step.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toHaveAttribute('aria-current', 'step');
      if (step.request) {
        await putStepInEditor(page);
        if (index === 0) {
          // A wrong attempt first: the same request with another method.
          await setMethod(page, 'OPTIONS');
          await sendTimes(page, 1);
          await expect(checkStatus(page)).toContainText('Not passed yet.');
          if (lesson.id === 'cors') {
            // A cross-origin OPTIONS is not simple: the browser preflights it, /no-cors says no, and it stops there.
            await expect(checkStatus(page)).toContainText("Only the browser's preflight (OPTIONS) reached your lab");
            await putStepInEditor(page);
            await sendTimes(page, 1);
            await expectPassed(page);
            await learn.getByRole('button', { name: 'Next step' }).click();
            continue;
          }
          const expected = (Array.isArray(step.check!.expect) ? step.check!.expect[0]! : step.check!.expect).method!;
          await expect(checkStatus(page).getByRole('list', { name: 'What differs' })).toContainText(`The lab received OPTIONS; this step asks for ${expected}.`);
          if (step.check!.hint) await expect(checkStatus(page)).toContainText(`Hint: ${step.check!.hint}`);
          await putStepInEditor(page);
        }
        await expect(checkStatus(page)).not.toContainText('Passed.');
        if (key === 'post-and-delete/delete') {
          await sendTimes(page, 1);
          await setMethod(page, 'GET');
        }
        if (key === 'oauth2/code-with-pkce') {
          // The Auth tab is set up by the step: press the button and sign in in the popup, as the text says.
          await openRequestTab(page, 'Auth');
          const popup = await signInInPopup(page);
          await expect(page.getByRole('region', { name: 'OAuth 2.0 token' }).getByRole('status')).toHaveText(/^Access token …\S{4} \(bearer, scope books:read\)/);
          if (!popup.isClosed()) await popup.close();
          // The code beside follows the token, not only the request.
          await expect(learn.getByRole('region', { name: 'The same in Python' })).toContainText('the token was obtained by Reqlab (authorization_code)');
        }
        await sendTimes(page, TIMES[key] ?? 1);
      } else {
        await compose(page, CHALLENGES[key]!);
        await sendTimes(page, 1);
      }
      await expectPassed(page);
      if (key === 'oauth2/code-with-pkce') {
        // The learner's own exchange, drawn: the sign-in page, the code exchanged with its verifier, the resource.
        await expect(learn.getByRole('figure', { name: /What your lab received/ })).toContainText('POST /oauth/token');
        await page.setViewportSize({ width: 1440, height: 1300 });
        await page.screenshot({ path: 'e2e/screenshots/learn-oauth2-pkce.png' });
        expect((await axeViolations(page, 'body')).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      if (key === 'idempotency/post-twice') {
        // Each POST's before and after can be looked at: the first added book 9, the second book 10.
        const books = learn.getByRole('region', { name: 'Books in your lab' });
        const around = books.getByRole('group', { name: 'Show the books around' }).getByRole('button');
        await expect(around).toHaveCount(2);
        await around.first().click();
        await expect(books.getByRole('row', { name: /^9 / })).toContainText('new');
        await expect(books.getByRole('row', { name: /^10 / })).toHaveCount(0);
        await around.last().click();
        await expect(books.getByRole('row', { name: /^10 / })).toContainText('new');
        await expect(books.getByRole('row', { name: /^9 / })).not.toContainText('new');
      }
      await expect(learn.getByRole('link', { name: new RegExp(`${step.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\(passed\\)`) })).toBeVisible();
      if (index < lesson.steps.length - 1) await learn.getByRole('button', { name: 'Next step' }).click();
    }
    await expect(learn.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: new RegExp(`^${lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toContainText(`✓ ${lesson.steps.length}/${lesson.steps.length}`);
  });
  });
}
