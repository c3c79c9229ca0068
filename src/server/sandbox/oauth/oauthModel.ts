import { createHash, randomBytes } from 'node:crypto';
import type OAuth2Server from '@node-oauth/oauth2-server';

/**
 * The sandbox's OAuth 2.0 clients and user, shown in the route list so anyone can use them.
 * `reqlab-app` is confidential (secret), `reqlab-public` is a public client that must use PKCE,
 * and `reqlab-short` is `reqlab-app` with access tokens that last 5 s, to watch one expire and be refreshed.
 */
export const SANDBOX_OAUTH = {
  clientId: 'reqlab-app',
  publicClientId: 'reqlab-public',
  shortClientId: 'reqlab-short',
  clientSecret: 'reqlab-secret',
  username: 'ada',
  password: 'lovelace',
  scopes: ['books:read', 'books:write'],
} as const;

interface SandboxClient extends OAuth2Server.Client {
  secret?: string;
}

const ALL_GRANTS = ['authorization_code', 'client_credentials', 'password', 'refresh_token'];
// The library wants a registered URI to fall back on; validateRedirectUri below is the real rule.
const REGISTERED = ['http://127.0.0.1/oauth/callback'];

const CLIENTS: Record<string, SandboxClient> = {
  [SANDBOX_OAUTH.clientId]: { id: SANDBOX_OAUTH.clientId, secret: SANDBOX_OAUTH.clientSecret, grants: ALL_GRANTS, redirectUris: REGISTERED },
  [SANDBOX_OAUTH.publicClientId]: { id: SANDBOX_OAUTH.publicClientId, grants: ['authorization_code', 'refresh_token', 'implicit'], redirectUris: REGISTERED },
  [SANDBOX_OAUTH.shortClientId]: {
    id: SANDBOX_OAUTH.shortClientId, secret: SANDBOX_OAUTH.clientSecret, grants: ALL_GRANTS, redirectUris: REGISTERED, accessTokenLifetime: 5,
  },
};

export function sandboxClient(id: string | undefined): SandboxClient | undefined {
  return id !== undefined && Object.hasOwn(CLIENTS, id) ? CLIENTS[id] : undefined;
}

/** RFC 8252 §7.3: a native app's loopback redirect may use any port; the rest must match exactly. */
export function isAllowedRedirectUri(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && url.pathname === '/oauth/callback' && !url.search && !url.hash && !url.username;
}

/** At most this many live codes and tokens: the sandbox must not grow without bound. */
const MAX_ENTRIES = 5000;

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** Tokens are random, stored by their SHA-256 so a dump of the map holds no usable token. */
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * The storage the `@node-oauth/oauth2-server` library asks for, kept in memory. `requireSecret`
 * is true for the token endpoint (a confidential client must prove itself there) and false for the
 * authorization endpoint, where only the client id is known.
 */
export function createOAuthStore() {
  const codes = new Map<string, OAuth2Server.AuthorizationCode>();
  const accessTokens = new Map<string, OAuth2Server.Token>();
  const refreshTokens = new Map<string, OAuth2Server.RefreshToken>();
  const user = { id: SANDBOX_OAUTH.username, username: SANDBOX_OAUTH.username };

  const model = (requireSecret: boolean) => ({
    async getClient(clientId: string, clientSecret: string | null | undefined) {
      const client = sandboxClient(clientId);
      if (!client) return false;
      if (!requireSecret) return client;
      if (client.secret === undefined) return clientSecret ? false : client;
      return clientSecret === client.secret ? client : false;
    },
    async validateRedirectUri(redirectUri: string) {
      return isAllowedRedirectUri(redirectUri);
    },
    async validateScope(_user: unknown, _client: unknown, scope?: string[]): Promise<string[] | false> {
      if (!scope || scope.length === 0) return [SANDBOX_OAUTH.scopes[0]];
      return scope.every((s) => (SANDBOX_OAUTH.scopes as readonly string[]).includes(s)) ? scope : false;
    },
    async generateAccessToken() {
      return `sbx-at-${randomBytes(24).toString('base64url')}`;
    },
    async generateRefreshToken() {
      return `sbx-rt-${randomBytes(24).toString('base64url')}`;
    },
    async getUser(username: string, password: string) {
      return username === SANDBOX_OAUTH.username && password === SANDBOX_OAUTH.password ? user : false;
    },
    async getUserFromClient(client: OAuth2Server.Client) {
      return { id: `client:${client.id}`, username: client.id };
    },
    async saveAuthorizationCode(code: OAuth2Server.AuthorizationCode, client: OAuth2Server.Client, owner: OAuth2Server.User) {
      const saved = { ...code, client, user: owner };
      remember(codes, digest(code.authorizationCode), saved);
      return saved;
    },
    async getAuthorizationCode(code: string) {
      return codes.get(digest(code)) ?? false;
    },
    async revokeAuthorizationCode(code: OAuth2Server.AuthorizationCode) {
      return codes.delete(digest(code.authorizationCode));
    },
    async saveToken(token: OAuth2Server.Token, client: OAuth2Server.Client, owner: OAuth2Server.User) {
      const saved = { ...token, client, user: owner };
      remember(accessTokens, digest(token.accessToken), saved);
      if (token.refreshToken) {
        remember(refreshTokens, digest(token.refreshToken), { ...saved, refreshToken: token.refreshToken } as OAuth2Server.RefreshToken);
      }
      return saved;
    },
    async getAccessToken(accessToken: string) {
      return accessTokens.get(digest(accessToken)) ?? false;
    },
    async getRefreshToken(refreshToken: string) {
      return refreshTokens.get(digest(refreshToken)) ?? false;
    },
    async revokeToken(token: OAuth2Server.RefreshToken) {
      return refreshTokens.delete(digest(token.refreshToken));
    },
    async verifyScope(token: OAuth2Server.Token, scope: string[]) {
      const granted = Array.isArray(token.scope) ? token.scope : String(token.scope ?? '').split(' ');
      return scope.every((s) => granted.includes(s));
    },
  });
  return { model };
}
