import { cookieExpiresAt, type StoredCookie } from '../../core/model';
import type { CookieJarAccess } from '../../transport';
import type { WorkspaceStore } from './workspaceStore';

import { loadWorkspaceStore as store } from './loadWorkspaceStore';

/**
 * The jar as last read, kept in memory: a send through the relay reads it before its request
 * leaves, and an IndexedDB read there cost about 10 ms a send. It is read again after any change to
 * the jar, made here or in another window (the store's change feed), and after a whole-workspace
 * change (an import, a clear).
 */
let kept: Promise<StoredCookie[]> | undefined;
let generation = 0;
let following: WorkspaceStore | undefined;

function follow(s: WorkspaceStore): void {
  if (following === s) return;
  following = s;
  kept = undefined;
  s.changes.subscribe((change) => {
    if (change.area !== 'cookies' && change.ids !== null) return;
    generation++;
    kept = undefined;
  });
}

async function readJar(): Promise<StoredCookie[]> {
  const s = await store();
  follow(s);
  if (kept) return kept;
  const at = generation;
  const reading = s.loadCookies();
  kept = reading;
  // A change that landed while this read ran may not be in it: the next send reads again.
  const forgetIfStale = () => {
    if (kept === reading && generation !== at) kept = undefined;
  };
  reading.then(forgetIfStale, () => {
    if (kept === reading) kept = undefined;
  });
  return reading;
}

/** The relay sender's view of the workspace jar; the store's code loads on the first send. Expired cookies are dropped as they are met. */
export const workspaceCookieJar: CookieJarAccess = {
  snapshot: async () => {
    const all = await readJar();
    const now = Date.now();
    const expired = all.filter((c) => cookieExpiresAt(c) <= now);
    if (expired.length > 0) void (await store()).applyCookieChanges({ set: [], removed: expired }, 'Removing expired cookies').catch(() => undefined);
    return all.filter((c) => cookieExpiresAt(c) > now);
  },
  apply: async (changes) => (await store()).applyCookieChanges(changes),
};
