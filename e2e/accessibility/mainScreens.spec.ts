import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { openApp, openPanel, openRequestTab, responseRegion, sandbox, send, setUrl, status } from '../support/app';
import { axeViolations, type AxeViolation } from '../support/axe';

test.use({ sandboxTour: true });

/** A readable summary, so a failure names the rule and the first nodes rather than a blob. */
function summary(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html?.slice(0, 140) ?? ''}`).join(' | ')}`);
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  expect(summary(await axeViolations(page, 'body')), screen).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every main screen has zero axe violations (${theme} theme)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.emulateMedia({ colorScheme: theme });
    await openApp(page);
    await expect(page.getByRole('tree', { name: 'Collections' }).getByRole('treeitem').first()).toBeVisible();
    await expectNoViolations(page, 'the workbench with the Sandbox tour collection');
    const tree = page.getByRole('tree', { name: 'Collections' });
    await tree.getByRole('treeitem').first().locator('.rl-tree-toggle').click();
    await expect(tree.getByRole('treeitem').nth(1)).toBeVisible();
    await expectNoViolations(page, 'the tree with a collection open');

    const method = page.getByRole('combobox', { name: 'Method', exact: true });
    await method.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox', { name: 'Methods' })).toBeVisible();
    await expectNoViolations(page, 'the method list open');
    await page.keyboard.press('Escape');

    await setUrl(page, sandbox(page, '/books'));
    await send(page);
    await expect(status(page)).toHaveText(/^200/);
    await expectNoViolations(page, 'a JSON response, pretty');
    const response = responseRegion(page);
    for (const tab of ['Raw', 'Headers', 'Timing'] as const) {
      const button = response.getByRole('tab', { name: new RegExp(`^${tab}`) });
      if (await button.count()) {
        await button.click();
        await expectNoViolations(page, `the response's ${tab} tab`);
      }
    }
    for (const tab of ['Params', 'Headers', 'Auth', 'Body', 'Settings'] as const) {
      await openRequestTab(page, tab);
      await expectNoViolations(page, `the request's ${tab} tab`);
    }
    await page.getByRole('button', { name: 'Code', exact: true }).click();
    await expectNoViolations(page, 'the Code panel');
    await page.getByRole('button', { name: 'Code', exact: true }).click();

    await openPanel(page, 'Collections');
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect(page.getByRole('dialog', { name: 'Save request' })).toBeVisible();
    await expectNoViolations(page, 'the Save request dialog');
    await page.keyboard.press('Escape');

    for (const panel of ['Environments', 'History', 'Import', 'Cookies'] as const) {
      await openPanel(page, panel);
      await expectNoViolations(page, `the ${panel} panel`);
      if (panel === 'Environments') {
        await page.getByRole('button', { name: 'New environment' }).click();
        await page.getByRole('button', { name: 'Edit environment' }).click();
        await expectNoViolations(page, 'the environment editor');
      }
    }

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoViolations(page, 'the shortcut sheet');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Learn', exact: true }).click();
    await expect(page.locator('.rl-learn')).toBeVisible();
    await expectNoViolations(page, 'Learn');

    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('button', { name: 'Collections', exact: true }).click();
    await expect(page.getByRole('tree', { name: 'Collections' })).toBeVisible();
    await expectNoViolations(page, 'the narrow screen with the Collections overlay');
  });
}
