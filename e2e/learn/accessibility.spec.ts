import { test, expect } from '../support/test';
import { send, status } from '../support/app';
import { axeViolations } from '../support/axe';
import { expectPassed, learnRegion, openLesson, putStepInEditor } from './support';

for (const theme of ['light', 'dark'] as const) {
  test(`Learn has no axe violations (${theme} theme): a lesson with its diagrams, the books table and the method matrix`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openLesson(page, 'anatomy');
    await putStepInEditor(page);
    await send(page);
    await expect(status(page)).toHaveText(/^200/);
    await expectPassed(page);
    expect(await axeViolations(page, '.rl-learn')).toEqual([]);

    await openLesson(page, 'idempotency');
    await putStepInEditor(page);
    await send(page);
    await send(page);
    await expectPassed(page);
    await expect(learnRegion(page).getByRole('region', { name: 'Books in your lab' })).toBeVisible();
    expect(await axeViolations(page, '.rl-learn')).toEqual([]);

    await page.goto('/#/learn/method-matrix');
    const learn = learnRegion(page);
    await learn.getByRole('button', { name: 'Show me: idempotent, PUT' }).click();
    await expect(learn.getByRole('region', { name: 'What happened' })).toContainText('PUT is idempotent');
    expect(await axeViolations(page, '.rl-learn')).toEqual([]);
  });
}
