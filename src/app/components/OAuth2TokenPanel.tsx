import { useEffect, useState } from 'react';
import type { OAuth2Auth, OAuth2Token } from '../../core/model';
import { useOAuth2Token } from '../state/oauth2/useOAuth2Token';

function inWords(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 90 ? `${m} min` : `${Math.round(m / 60)} h`;
}

function describe(token: OAuth2Token, now: number): string {
  const shown = `…${token.accessToken.slice(-4)}`;
  const expiry = token.expiresAt === undefined ? 'no expiry given' : token.expiresAt > now ? `expires in ${inWords(token.expiresAt - now)}` : `expired ${inWords(now - token.expiresAt)} ago`;
  const scope = token.scope ? `, scope ${token.scope}` : '';
  const refresh = token.refreshToken ? '; a refresh token is kept, so it is renewed when it expires' : '';
  return `Access token ${shown} (${token.tokenType}${scope}), ${expiry}${refresh}.`;
}

/** Re-renders every second while a token with an expiry is shown, so "expires in" stays true. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** The token Reqlab keeps for this configuration, and getting, refreshing or clearing it. */
export function OAuth2TokenPanel({ auth }: { auth: OAuth2Auth }) {
  const state = useOAuth2Token(auth);
  const { token, busy } = state;
  const now = useNow(token?.expiresAt !== undefined);
  return (
    <section className="rl-oauth2-token" aria-label="OAuth 2.0 token">
      <p role="status" className="rl-note">
        {busy === 'signing-in'
          ? 'Waiting for you to sign in in the other window…'
          : busy === 'fetching'
            ? 'Asking the token endpoint…'
            : token
              ? describe(token, now)
              : auth.accessToken
                ? 'No token fetched yet: the access token typed below is sent.'
                : 'No access token yet.'}
      </p>
      {state.error && (
        <p role="alert" className="rl-error">
          {state.error}
        </p>
      )}
      <div className="rl-oauth2-actions">
        <button type="button" onClick={state.getNewToken} disabled={busy !== null || !state.resolved}>
          Get new access token
        </button>
        {busy === 'signing-in' && (
          <button type="button" onClick={state.cancel}>
            Cancel sign-in
          </button>
        )}
        {token?.refreshToken && (
          <button type="button" onClick={state.refresh} disabled={busy !== null}>
            Refresh token
          </button>
        )}
        {token && (
          <button type="button" onClick={state.clear} disabled={busy !== null}>
            Clear token
          </button>
        )}
      </div>
    </section>
  );
}
