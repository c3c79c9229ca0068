import type { Page } from '@playwright/test';
import { bytesToBase64 } from '../../src/core/encoding';
import { newRequest, type HistoryHead, type StoredNode } from '../../src/core/model';
import { DB_NAME, DB_VERSION, ALL_STORES, STORES } from '../../src/app/storage/db';
import { benchHistoryHeads } from '../../src/core/workspace/bench/historySearchBench';
import { buildHistoryRecords } from '../../src/core/workspace/historyRecord';
import { collectionNode, folderNode, requestNode } from '../../src/core/workspace/testing/fixtures';

/** One IndexedDB put: bodies travel as base64 (page.evaluate takes JSON) and become bytes in the page. */
interface SeedRecord {
  store: string;
  key: string;
  value: unknown;
  bytesBase64?: string;
}

const encoder = new TextEncoder();

/** History records exactly as the app writes them (head, entry, capped body), built by core. */
function historyRecords(heads: HistoryHead[]): SeedRecord[] {
  const out: SeedRecord[] = [];
  for (const head of heads) {
    const request = newRequest({ id: `req-${head.id}`, name: '', method: head.method, url: head.url });
    const body = encoder.encode(JSON.stringify({ id: head.id, ok: head.status! < 400, items: [1, 2, 3], note: 'seeded by npm run bench' }));
    const records = buildHistoryRecords({
      id: head.id,
      createdAt: head.createdAt,
      request,
      prepared: {
        method: head.method,
        url: head.url,
        headers: [{ name: 'Accept', value: '*/*', source: 'auto' }],
        body: null,
        bodyDescription: { mode: 'none' },
        timeoutMs: 30_000,
        followRedirects: true,
        maxRedirects: 10,
        unresolved: [],
      },
      response: {
        sender: 'relay',
        url: head.url,
        status: head.status!,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        headers: [['content-type', 'application/json'], ['content-length', String(body.length)]],
        body,
        bodySize: body.length,
        truncated: false,
        timing: { startedAt: head.createdAt, total: head.durationMs ?? 10 },
        redirects: [],
      },
      variables: [],
    });
    out.push({ store: STORES.historyHeads, key: head.id, value: records.head });
    out.push({ store: STORES.historyEntries, key: head.id, value: records.entry });
    if (records.body) {
      const { bytes, ...rest } = records.body;
      out.push({ store: STORES.historyBodies, key: head.id, value: rest, bytesBase64: bytesToBase64(bytes) });
    }
  }
  return out;
}

/** `count` saved requests in 10 collections of 5 folders each. */
function savedRequests(count: number): StoredNode[] {
  const nodes: StoredNode[] = [];
  const collections = 10;
  const folders = 5;
  for (let c = 0; c < collections; c++) {
    const cid = `bench-c${c}`;
    nodes.push(collectionNode(cid, { name: `Bench collection ${c}`, order: (c + 1) * 1024 }));
    for (let f = 0; f < folders; f++) nodes.push(folderNode(`${cid}-f${f}`, cid, cid, (f + 1) * 1024));
  }
  for (let i = 0; i < count; i++) {
    const c = i % collections;
    const f = Math.floor(i / collections) % folders;
    nodes.push(requestNode(`bench-r${i}`, `bench-c${c}-f${f}`, `bench-c${c}`, (i + 1) * 1024));
  }
  return nodes;
}

export function workspaceSeed(historyCount: number, requestCount: number): SeedRecord[] {
  return [
    ...historyRecords(benchHistoryHeads(historyCount)),
    ...savedRequests(requestCount).map((n) => ({ store: STORES.nodes, key: n.id, value: n })),
  ];
}

/** Writes the records into the page origin's `reqlab` database (created with the app's layout if absent). */
export async function seedWorkspace(page: Page, records: SeedRecord[], batch = 2000): Promise<void> {
  for (let i = 0; i < records.length; i += batch) {
    await page.evaluate(
      ({ name, version, stores, records }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name, version);
          open.onupgradeneeded = () => {
            for (const s of stores) if (!open.result.objectStoreNames.contains(s)) open.result.createObjectStore(s);
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(stores, 'readwrite');
            for (const r of records) {
              const value = r.bytesBase64 === undefined
                ? r.value
                : { ...(r.value as object), bytes: Uint8Array.from(atob(r.bytesBase64), (ch) => ch.charCodeAt(0)) };
              tx.objectStore(r.store).put(value, r.key);
            }
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { name: DB_NAME, version: DB_VERSION, stores: ALL_STORES as string[], records: records.slice(i, i + batch) },
    );
  }
}
