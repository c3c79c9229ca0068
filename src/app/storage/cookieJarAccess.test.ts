import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { StoredCookie } from '../../core/model';
import { WorkspaceStore } from './workspaceStore';

const dbName = 'cookie-jar-access-test';
const here = new WorkspaceStore({ dbName, broadcast: true });
const otherWindow = new WorkspaceStore({ dbName, broadcast: true });
vi.mock('./loadWorkspaceStore', () => ({ loadWorkspaceStore: async () => here }));
const { workspaceCookieJar } = await import('./cookieJarAccess');

afterAll(async () => {
  await here.close();
  await otherWindow.close();
});

const cookie = (key: string, value: string): StoredCookie => ({ key, value, domain: 'example.test', path: '/', hostOnly: true, creation: new Date().toISOString() });
const names = async () => (await workspaceCookieJar.snapshot()).map((c) => `${c.key}=${c.value}`).sort();

describe('the relay sender’s cookie jar, kept in memory', () => {
  it('is read once, then again after a change made here, in another window, or to the whole workspace', async () => {
    expect(await names()).toEqual([]);
    const reads = vi.spyOn(here, 'loadCookies');
    await names();
    expect(reads).toHaveBeenCalledTimes(0);

    await workspaceCookieJar.apply({ set: [cookie('a', '1')], removed: [] });
    expect(await names()).toEqual(['a=1']);

    await otherWindow.applyCookieChanges({ set: [cookie('b', '2')], removed: [] });
    await vi.waitFor(async () => expect(await names()).toEqual(['a=1', 'b=2']));

    await here.clearEverything();
    await here.applyImport({ replace: false, nodes: [], environments: [], history: [], cookies: [cookie('c', '3')], summary: { collections: 0, environments: 0, history: 0, skippedIdentical: 0, copies: 0 } });
    expect(await names()).toEqual(['c=3']);
    expect(reads.mock.calls.length).toBeGreaterThanOrEqual(3);
  });
});
