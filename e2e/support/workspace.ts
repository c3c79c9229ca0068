import type { Page } from '@playwright/test';
import { expect } from './test';
import { openPanel, typeOver } from './app';

export function collectionsTree(page: Page) {
  return page.getByRole('tree', { name: 'Collections' });
}

/** Saves the current tab's request as a new item, the way a person does with "Save as…". */
export async function saveRequestAs(page: Page, name: string): Promise<void> {
  await openPanel(page, 'Collections');
  await page.getByRole('button', { name: 'Save as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save request' });
  await typeOver(dialog.getByLabel('Request name'), name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The tree item of a saved request, expanding collapsed containers on the way (as a person would). */
export async function expectTreeItem(page: Page, name: string): Promise<void> {
  await openPanel(page, 'Collections');
  const tree = collectionsTree(page);
  const item = tree.getByRole('treeitem', { name, exact: true });
  // The tree updates asynchronously after a save or a reload, so retry the look-and-expand step.
  await expect(async () => {
    if (!(await item.isVisible())) {
      const collapsed = tree.locator('[role="treeitem"][aria-expanded="false"]');
      if (await collapsed.count()) await collapsed.first().locator('.rl-tree-toggle').click();
    }
    await expect(item).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

/** Writes a raw value into the app's IndexedDB, bypassing the app (as a broken disk or old version would). */
export async function putRawRecord(page: Page, store: string, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ({ store, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reqlab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, key, value },
  );
}
