import { cookieStoreKey, type CookieKey, type StoredCookie } from '../../../core/model';
import { getWorkspaceStore } from '../../storage/instance';

export function saveCookie(cookie: StoredCookie, replacing?: CookieKey): Promise<void> {
  const removed = replacing && cookieStoreKey(replacing) !== cookieStoreKey(cookie) ? [replacing] : [];
  return getWorkspaceStore().applyCookieChanges({ set: [cookie], removed }, `The cookie "${cookie.key}"`);
}

export function deleteCookie(cookie: CookieKey): Promise<void> {
  return getWorkspaceStore().applyCookieChanges({ set: [], removed: [cookie] }, `Deleting the cookie "${cookie.key}"`);
}

export function clearCookies(): Promise<void> {
  return getWorkspaceStore().clearCookies();
}
