import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { OAuth2Auth, OAuth2Token } from '../../../core/model';
import { oauth2TokenKey } from '../../../core/auth/oauth2';
import { oauth2AuthOf } from '../../../core/prepare';
import { getPrepareContext } from '../prepareContext';
import { tabsStore } from '../tabsStore';
import { useVariableScopesVersion } from '../useVariableScopesVersion';
import { authorizeInPopup, type Authorization } from './authorizeInPopup';
import { oauth2Send } from './oauth2Send';
import { appTokenStore } from './tokenStore';

export interface OAuth2TokenState {
  /** The configuration with its {{variables}} resolved, as Send will use it; null until read. */
  resolved: OAuth2Auth | null;
  token: OAuth2Token | undefined;
  busy: 'fetching' | 'signing-in' | null;
  error: string | null;
  getNewToken(): void;
  refresh(): void;
  clear(): void;
  cancel(): void;
}

/** The active tab's variables resolve the auth being edited: the request's, or its folder's or collection's. */
async function resolve(auth: OAuth2Auth): Promise<OAuth2Auth> {
  const s = tabsStore.getState();
  const tab = s.tabs.find((t) => t.id === s.activeId) ?? s.tabs[0];
  if (!tab) return auth;
  return oauth2AuthOf({ ...tab.request, auth }, await getPrepareContext(tab, tab.request)) ?? auth;
}

/** The token kept for an OAuth 2.0 configuration, and the actions of the Auth tab's token panel. */
export function useOAuth2Token(auth: OAuth2Auth): OAuth2TokenState {
  const version = useVariableScopesVersion();
  const [resolved, setResolved] = useState<OAuth2Auth | null>(null);
  const [busy, setBusy] = useState<OAuth2TokenState['busy']>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<Authorization | null>(null);
  const text = JSON.stringify(auth);
  useEffect(() => {
    let current = true;
    void resolve(auth).then((r) => current && setResolved(r));
    return () => {
      current = false;
    };
    // The text stands for the auth: a new object with the same fields resolves to the same thing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, version]);
  const key = resolved ? oauth2TokenKey(resolved) : '';
  const token = useSyncExternalStore(appTokenStore.subscribe, () => (key ? appTokenStore.peek(key) : undefined));

  const run = (kind: NonNullable<OAuth2TokenState['busy']>, work: () => Promise<unknown>) => {
    setBusy(kind);
    setError(null);
    work()
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => {
        running.current = null;
        setBusy(null);
      });
  };

  return {
    resolved,
    token,
    busy,
    error,
    getNewToken() {
      if (!resolved) return;
      if (resolved.grant === 'authorization_code' || resolved.grant === 'implicit') {
        // Opened now, inside the click: a popup opened after an await is blocked.
        const authorization = authorizeInPopup(resolved);
        running.current = authorization;
        return run('signing-in', () => authorization.done);
      }
      run('fetching', async () => {
        const { requestToken } = await import('../../../core/auth/oauth2/grants');
        await appTokenStore.put(key, await requestToken(resolved, oauth2Send, Date.now()));
      });
    },
    refresh() {
      if (!resolved || !token?.refreshToken) return;
      run('fetching', async () => {
        const { refreshToken } = await import('../../../core/auth/oauth2/grants');
        await appTokenStore.put(key, await refreshToken(resolved, token, oauth2Send, Date.now()));
      });
    },
    clear() {
      if (key) void appTokenStore.delete(key);
      setError(null);
    },
    cancel() {
      running.current?.cancel();
    },
  };
}
