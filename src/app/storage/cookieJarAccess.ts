import { cookieExpiresAt } from '../../core/model';
import type { CookieJarAccess } from '../../transport';

import { loadWorkspaceStore as store } from './loadWorkspaceStore';

/** The relay sender's view of the workspace jar; the store's code loads on the first send. Expired cookies are dropped as they are met. */
export const workspaceCookieJar: CookieJarAccess = {
  snapshot: async () => {
    const all = await (await store()).loadCookies();
    const now = Date.now();
    const expired = all.filter((c) => cookieExpiresAt(c) <= now);
    if (expired.length > 0) void (await store()).applyCookieChanges({ set: [], removed: expired }, 'Removing expired cookies').catch(() => undefined);
    return all.filter((c) => cookieExpiresAt(c) > now);
  },
  apply: async (changes) => (await store()).applyCookieChanges(changes),
};
