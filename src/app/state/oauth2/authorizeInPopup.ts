import type { OAuth2Auth, OAuth2Token } from '../../../core/model';
import { oauth2TokenKey } from '../../../core/auth/oauth2';
import { defaultRedirectUri, nextCallback } from './callbackChannel';
import { oauth2Send } from './oauth2Send';
import { appTokenStore } from './tokenStore';

export interface Authorization {
  done: Promise<OAuth2Token>;
  cancel(): void;
}

/**
 * The authorization code grant (and the implicit one, whose token comes back in the fragment): the server's page opens in a popup (opened at once, in the click,
 * so no popup blocker stops it), the person signs in there, the callback page hands back the code,
 * and the code (with the PKCE verifier) is exchanged for a token, kept per configuration.
 */
export function authorizeInPopup(auth: OAuth2Auth): Authorization {
  const popup = window.open('about:blank', 'reqlab-oauth2', 'popup,width=520,height=720');
  const controller = new AbortController();
  const done = (async () => {
    if (!popup) throw new Error('The browser blocked the sign-in window: allow pop-ups for this page, then press “Get new access token” again.');
    const grants = await import('../../../core/auth/oauth2/grants');
    try {
      const pending = await grants.authorizationRequest(auth, auth.redirectUri.trim() || defaultRedirectUri());
      const answer = nextCallback(controller.signal);
      popup.location.href = pending.url;
      const { query, hash } = await answer;
      const token = auth.grant === 'implicit' ? grants.acceptImplicitAnswer(pending, hash || query, Date.now()) : await grants.exchangeCode(auth, pending, query, oauth2Send, Date.now());
      await appTokenStore.put(oauth2TokenKey(auth), token);
      return token;
    } finally {
      popup.close();
    }
  })();
  return { done, cancel: () => controller.abort() };
}
