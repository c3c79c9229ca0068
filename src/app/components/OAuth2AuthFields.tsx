import type { Auth, OAuth2Auth, OAuth2Grant } from '../../core/model';
import { defaultRedirectUri } from '../state/oauth2/callbackChannel';
import { AuthField } from './AuthField';
import { OAuth2TokenPanel } from './OAuth2TokenPanel';

const GRANT_LABELS: Record<OAuth2Grant, string> = {
  authorization_code: 'Authorization code (sign in on the server’s page)',
  client_credentials: 'Client credentials (the app itself)',
  password: 'Password (username and password)',
  implicit: 'Implicit (old servers: the token comes back in the URL)',
};

type Optional = 'audience' | 'resource' | 'accessToken';

/** OAuth 2.0's settings, as Postman names them, and the token panel. */
export function OAuth2AuthFields({ auth, onChange }: { auth: OAuth2Auth; onChange: (auth: Auth) => void }) {
  const set = (patch: Partial<OAuth2Auth>) => onChange({ ...auth, ...patch });
  const setOptional = (field: Optional, value: string) => {
    const { [field]: _drop, ...rest } = auth;
    onChange(value === '' ? rest : { ...rest, [field]: value });
  };
  const code = auth.grant === 'authorization_code';
  const implicit = auth.grant === 'implicit';
  const browser = code || implicit;
  return (
    <>
      <label className="rl-field">
        <span>Grant type</span>
        <select value={auth.grant} onChange={(e) => set({ grant: e.target.value as OAuth2Grant })}>
          {(Object.keys(GRANT_LABELS) as OAuth2Grant[]).map((g) => (
            <option key={g} value={g}>
              {GRANT_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
      {browser && <AuthField label="Auth URL" value={auth.authUrl} onChange={(authUrl) => set({ authUrl })} placeholder="https://example.com/oauth/authorize" />}
      {!implicit && <AuthField label="Access token URL" value={auth.tokenUrl} onChange={(tokenUrl) => set({ tokenUrl })} placeholder="https://example.com/oauth/token" />}
      <AuthField label="Client ID" value={auth.clientId} onChange={(clientId) => set({ clientId })} />
      <AuthField label="Client secret" secret value={auth.clientSecret} onChange={(clientSecret) => set({ clientSecret })} placeholder={code ? 'empty for a public client' : ''} />
      <label className="rl-field">
        <span>Client authentication</span>
        <select value={auth.clientAuth} onChange={(e) => set({ clientAuth: e.target.value as OAuth2Auth['clientAuth'] })}>
          <option value="basic">Send as Basic auth header</option>
          <option value="body">Send client credentials in body</option>
        </select>
      </label>
      <AuthField label="Scope" value={auth.scope} onChange={(scope) => set({ scope })} placeholder="read write (space-separated)" />
      {auth.grant === 'password' && (
        <>
          <AuthField label="Username" value={auth.username} onChange={(username) => set({ username })} />
          <AuthField label="Password" secret value={auth.password} onChange={(password) => set({ password })} />
        </>
      )}
      {browser && (
        <>
          {code && (
            <label className="rl-field rl-inline">
              <input type="checkbox" checked={auth.pkce} onChange={(e) => set({ pkce: e.target.checked })} />
              <span>Use PKCE (S256), as RFC 7636 and OAuth 2.1 ask</span>
            </label>
          )}
          <AuthField label="Callback URL" value={auth.redirectUri} onChange={(redirectUri) => set({ redirectUri })} placeholder={defaultRedirectUri()} />
          <p className="rl-note">Register {auth.redirectUri.trim() || defaultRedirectUri()} as a redirect URI with the server; the answer comes back to Reqlab there and is checked by its state.</p>
        </>
      )}
      <AuthField label="Audience (optional)" value={auth.audience ?? ''} onChange={(v) => setOptional('audience', v)} />
      <AuthField label="Resource (optional)" value={auth.resource ?? ''} onChange={(v) => setOptional('resource', v)} />
      <label className="rl-field">
        <span>Add token to</span>
        <select value={auth.in} onChange={(e) => set({ in: e.target.value as OAuth2Auth['in'] })}>
          <option value="header">Authorization header</option>
          <option value="query">Query param access_token</option>
        </select>
      </label>
      <OAuth2TokenPanel auth={auth} />
      <AuthField label="Access token (optional, used until one is fetched)" secret value={auth.accessToken ?? ''} onChange={(v) => setOptional('accessToken', v)} />
    </>
  );
}
