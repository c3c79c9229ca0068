import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequest, type OAuth2Auth, type PreparedRequest } from '../core/model';
import { oauth2AuthOf, prepareRequest } from '../core/prepare';
import { generateSnippet } from '../core/interop/codegen/generateSnippet';
import { acceptImplicitAnswer, authorizationRequest, ensureOAuth2Token, exchangeCode, OAuth2Error, refreshToken, requestToken } from '../core/auth/oauth2/grants';
import { memoryTokenStore, oauth2TokenKey } from '../core/auth/oauth2';
import { NodeSender } from './relay/NodeSender';
import { answerConsent } from './sandbox/oauth/answerConsent';
import { SANDBOX_OAUTH } from './sandbox/oauth/oauthModel';
import { startSandboxServer, type SandboxServer } from './sandbox/testServer';

/**
 * Reqlab's OAuth 2.0 client (oauth4webapi, sending through the relay's NodeSender) against the
 * sandbox's authorization server (@node-oauth/oauth2-server): two independent implementations.
 */
const scopes = { globals: [], collection: [], environment: [] };
const send = (p: PreparedRequest) => new NodeSender().send(p, new AbortController().signal);

describe('OAuth 2.0 against the sandbox authorization server', () => {
  let server: SandboxServer;
  let config: (more?: Partial<OAuth2Auth>) => OAuth2Auth;
  beforeAll(async () => {
    server = await startSandboxServer();
    config = (more = {}) => ({
      type: 'oauth2', grant: 'client_credentials', authUrl: `${server.base}/sandbox/oauth/authorize`, tokenUrl: `${server.base}/sandbox/oauth/token`,
      clientId: SANDBOX_OAUTH.clientId, clientSecret: SANDBOX_OAUTH.clientSecret, clientAuth: 'basic', scope: 'books:read', redirectUri: '',
      pkce: true, username: '', password: '', in: 'header', ...more,
    });
  });
  afterAll(() => server.close());

  async function resource(auth: OAuth2Auth, store = memoryTokenStore()) {
    const prepared = await prepareRequest({ ...newRequest(), url: `${server.base}/sandbox/oauth/resource`, auth }, { scopes, oauth2Tokens: store });
    const record = await send(prepared);
    return { prepared, status: record.status, headers: record.headers, json: JSON.parse(new TextDecoder().decode(record.body)) as Record<string, unknown> };
  }

  it('client credentials (Basic and body client auth): the token opens the protected resource; a wrong secret is refused by name', async () => {
    for (const clientAuth of ['basic', 'body'] as const) {
      const store = memoryTokenStore();
      const auth = config({ clientAuth });
      const token = await ensureOAuth2Token(auth, store, send, Date.now());
      expect(token).toMatchObject({ tokenType: 'bearer', scope: 'books:read', grant: 'client_credentials' });
      expect(token!.expiresAt! - Date.now()).toBeGreaterThan(3_500_000);
      const answer = await resource(auth, store);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ authenticated: true, client: SANDBOX_OAUTH.clientId, scope: ['books:read'] });
      expect(answer.prepared.oauth2).toMatchObject({ grant: 'client_credentials', state: 'ok' });
    }
    const refused = (await requestToken(config({ clientSecret: 'guess' }), send, Date.now()).catch((e: unknown) => e)) as OAuth2Error;
    expect(refused).toBeInstanceOf(OAuth2Error);
    expect(refused.message).toMatch(/^OAuth 2\.0: the server refused the token request \(HTTP \d+\): invalid_client/);
    const noToken = await resource(config());
    expect(noToken.status).toBe(401);
    expect(noToken.prepared.oauth2?.state).toBe('missing');
  });

  it('password grant, then refresh: a new token, and the used refresh token no longer works (rotation)', async () => {
    const auth = config({ grant: 'password', username: SANDBOX_OAUTH.username, password: SANDBOX_OAUTH.password, clientAuth: 'body' });
    const first = await requestToken(auth, send, Date.now());
    expect(first.refreshToken).toMatch(/^sbx-rt-/);
    const second = await refreshToken(auth, first, send, Date.now());
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.grant).toBe('refresh_token');
    const reused = (await refreshToken(auth, first, send, Date.now()).catch((e: unknown) => e)) as Error;
    expect(reused.message).toMatch(/invalid_grant/);
    const badUser = (await requestToken({ ...auth, password: 'guess' }, send, Date.now()).catch((e: unknown) => e)) as Error;
    expect(badUser.message).toMatch(/invalid_grant/);
  });

  it('an expired token is refreshed before the send, and the stored token replaced', async () => {
    const auth = config({ grant: 'password', clientId: SANDBOX_OAUTH.shortClientId, username: SANDBOX_OAUTH.username, password: SANDBOX_OAUTH.password });
    const store = memoryTokenStore();
    const first = (await ensureOAuth2Token(auth, store, send, Date.now()))!;
    expect(first.expiresAt! - Date.now()).toBeLessThanOrEqual(5_000);
    expect(await ensureOAuth2Token(auth, store, send, Date.now() - 60_000)).toEqual(first);
    const later = Date.now() + 10_000;
    const second = (await ensureOAuth2Token(auth, store, send, later))!;
    expect(second.grant).toBe('refresh_token');
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(await store.get(oauth2TokenKey(auth))).toEqual(second);
  });

  /** What the person does on the consent page: the form posts every parameter back with the answer. */
  async function consent(url: string, decision: 'allow' | 'deny', password: string = SANDBOX_OAUTH.password) {
    const { page, status, location } = await answerConsent(url, decision, password);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    return { status, location };
  }

  it('authorization code with PKCE (public client): consent, callback with the state, code exchanged; a wrong state or verifier is refused', async () => {
    const auth = config({ grant: 'authorization_code', clientId: SANDBOX_OAUTH.publicClientId, clientSecret: '' });
    const redirectUri = `${server.base}/oauth/callback`;
    const pending = await authorizationRequest(auth, redirectUri);
    expect(new URL(pending.url).searchParams.get('code_challenge_method')).toBe('S256');
    const { status, location } = await consent(pending.url, 'allow');
    expect(status).toBe(302);
    const callback = new URL(location!);
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('state')).toBe(pending.state);

    const wrongState = (await exchangeCode(auth, { ...pending, state: 'another' }, callback.search, send, Date.now()).catch((e: unknown) => e)) as Error;
    expect(wrongState.message).toBe('OAuth 2.0: the answer’s state does not match the one Reqlab sent, so it was refused: it may not be an answer to this request.');
    const wrongVerifier = (await exchangeCode(auth, { ...pending, codeVerifier: 'x'.repeat(43) }, callback.search, send, Date.now()).catch((e: unknown) => e)) as Error;
    expect(wrongVerifier.message).toMatch(/invalid_grant/);

    // The failed exchange burned the code, as it should: sign in again and exchange it properly.
    const again = await authorizationRequest(auth, redirectUri);
    const second = await consent(again.url, 'allow');
    const token = await exchangeCode(auth, again, new URL(second.location!).search, send, Date.now());
    expect(token).toMatchObject({ grant: 'authorization_code', tokenType: 'bearer' });
    expect(token.refreshToken).toMatch(/^sbx-rt-/);
    const store = memoryTokenStore();
    await store.put(oauth2TokenKey(auth), token);
    expect((await resource(auth, store)).json).toMatchObject({ authenticated: true, user: 'ada', client: SANDBOX_OAUTH.publicClientId });
  });

  it('the server enforces PKCE for a public client, redirect URI matching, and the person’s denial', async () => {
    const auth = config({ grant: 'authorization_code', clientId: SANDBOX_OAUTH.publicClientId, clientSecret: '', pkce: false });
    const redirectUri = `${server.base}/oauth/callback`;
    const noPkce = await authorizationRequest(auth, redirectUri);
    const refused = await fetch(noPkce.url, { redirect: 'manual' });
    expect(refused.status).toBe(302);
    const error = (await exchangeCode(auth, noPkce, new URL(refused.headers.get('location')!).search, send, Date.now()).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('OAuth 2.0: the authorization server answered invalid_request, “This public client must use PKCE (code_challenge).”.');

    const elsewhere = await authorizationRequest(config({ grant: 'authorization_code' }), 'http://attacker.example/oauth/callback');
    const page = await fetch(elsewhere.url, { redirect: 'manual' });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('is not registered');

    const confidential = config({ grant: 'authorization_code' });
    const pending = await authorizationRequest(confidential, redirectUri);
    const denied = await consent(pending.url, 'deny');
    const deniedError = (await exchangeCode(confidential, pending, new URL(denied.location!).search, send, Date.now()).catch((e: unknown) => e)) as Error;
    expect(deniedError.message).toMatch(/^OAuth 2\.0: the authorization server answered access_denied/);
    const wrongPassword = await consent(pending.url, 'allow', 'guess');
    expect(wrongPassword.status).toBe(401);
  });

  it('implicit (old servers): the token comes back in the fragment with the state, and opens the resource; a confidential client may not use it', async () => {
    const auth = config({ grant: 'implicit', clientId: SANDBOX_OAUTH.publicClientId, clientSecret: '', tokenUrl: '' });
    const redirectUri = `${server.base}/oauth/callback`;
    const pending = await authorizationRequest(auth, redirectUri);
    expect(new URL(pending.url).searchParams.get('response_type')).toBe('token');
    expect(new URL(pending.url).searchParams.has('code_challenge')).toBe(false);
    const { location } = await consent(pending.url, 'allow');
    const answer = new URL(location!);
    expect(answer.search).toBe('');
    expect(() => acceptImplicitAnswer({ ...pending, state: 'another' }, answer.hash, Date.now())).toThrow(/state does not match/);
    const token = acceptImplicitAnswer(pending, answer.hash, Date.now());
    expect(token).toMatchObject({ grant: 'implicit', tokenType: 'bearer', scope: 'books:read' });
    expect(token.refreshToken).toBeUndefined();
    const store = memoryTokenStore();
    await store.put(oauth2TokenKey(auth), token);
    expect((await resource(auth, store)).json).toMatchObject({ authenticated: true, client: SANDBOX_OAUTH.publicClientId });
    // Without the browser, an expired implicit token can only be got by signing in again.
    await expect(ensureOAuth2Token(auth, store, send, token.expiresAt! + 1)).rejects.toThrow(/expired and there is no refresh token/);

    const confidential = config({ grant: 'implicit' });
    const refused = await authorizationRequest(confidential, redirectUri);
    const { location: refusal } = await consent(refused.url, 'allow');
    expect(() => acceptImplicitAnswer(refused, new URL(refusal!).hash, Date.now())).toThrow('OAuth 2.0: the authorization server answered unauthorized_client.');
  });

  it('a token URL typed relative to Reqlab’s server (as the Sandbox tour has it) is stored and found under one key', async () => {
    const store = memoryTokenStore();
    const typed = config({ authUrl: '/sandbox/oauth/authorize', tokenUrl: '/sandbox/oauth/token' });
    const request = { ...newRequest(), url: '/sandbox/oauth/resource', auth: typed };
    const context = { scopes, oauth2Tokens: store, pageOrigin: server.base };
    // What Send does: get the token for the resolved, absolute configuration, then prepare.
    await ensureOAuth2Token(oauth2AuthOf(request, context)!, store, send, Date.now());
    const prepared = await prepareRequest(request, context);
    expect(prepared.oauth2?.state).toBe('ok');
    expect((await send(prepared)).status).toBe(200);
  });

  it('generated code and exports carry a placeholder, never the token', async () => {
    const store = memoryTokenStore();
    const auth = config();
    const token = (await ensureOAuth2Token(auth, store, send, Date.now()))!;
    const prepared = await prepareRequest({ ...newRequest(), url: `${server.base}/sandbox/oauth/resource`, auth }, { scopes, oauth2Tokens: store, secrets: 'placeholder' });
    expect(prepared.headers).toContainEqual({ name: 'Authorization', value: 'Bearer <OAuth 2.0 access token>', source: 'auth' });
    expect(JSON.stringify(prepared)).not.toContain(token.accessToken);
    const code = await generateSnippet(prepared, 'python');
    expect(code.split('\n')[0]).toBe(`# OAuth 2.0: the token was obtained by Reqlab (client_credentials) and expires at ${new Date(token.expiresAt!).toISOString()}; this code sends it as it is and does not get a new one. In Python, requests-oauthlib gets and refreshes one.`);
    expect(code).toContain('headers = {"Authorization": "Bearer <OAuth 2.0 access token>"}');
  });
});
