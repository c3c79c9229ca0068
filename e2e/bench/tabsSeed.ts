import type { Page } from '@playwright/test';
import { newRequest, newRequestBody } from '../../src/core/model';
import type { EditorTab } from '../../src/app/state/tabsStore';
import { SESSION_DB } from '../../src/app/state/session/sessionDb';

/** `count` open tabs with unsaved drafts; the first, the active one, holds a JSON body draft of `bigBodyBytes`. */
export function tabsSeed(count: number, bigBodyBytes: number): { windowId: string; tabs: EditorTab[] } {
  const row = '{"id": 12345, "name": "a draft that was being typed", "tags": ["x", "y"]},\n';
  const big = `[\n${row.repeat(Math.ceil(bigBodyBytes / row.length))}{}]`;
  const tabs = Array.from({ length: count }, (_, i): EditorTab => ({
    id: `bench-tab-${i}`,
    dirty: true,
    exchange: { status: 'idle' },
    request: newRequest({
      id: `bench-req-${i}`,
      name: `Draft ${i + 1}`,
      method: i % 3 === 0 ? 'POST' : 'GET',
      url: `http://127.0.0.1/sandbox/anything/draft/${i}?page=${i}`,
      headers: [{ id: `h${i}`, key: 'X-Draft', value: String(i), enabled: true }],
      ...(i === 0 ? { body: newRequestBody({ mode: 'json', raw: big }) } : {}),
    }),
  }));
  return { windowId: 'bench-window', tabs };
}

/** Writes the window and its tabs into the session database, as the app's persistence would. */
export async function seedTabs(page: Page, seed: ReturnType<typeof tabsSeed>): Promise<void> {
  await page.evaluate(
    ({ name, seed }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 2);
        open.onupgradeneeded = () => {
          for (const store of ['windows', 'tabs', 'views']) if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store);
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['windows', 'tabs'], 'readwrite');
          const order = seed.tabs.map((t) => t.id);
          tx.objectStore('windows').put({ id: seed.windowId, updatedAt: Date.now(), activeId: order[0], order }, seed.windowId);
          for (const tab of seed.tabs) tx.objectStore('tabs').put({ windowId: seed.windowId, tab }, `${seed.windowId}/${tab.id}`);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: SESSION_DB, seed },
  );
}
