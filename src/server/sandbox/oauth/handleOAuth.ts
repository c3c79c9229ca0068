import OAuth2Server from '@node-oauth/oauth2-server';
import { BodyTooLargeError, sendBytes, sendJson, sendTooLarge, readBody, type Req, type Res } from '../respond.ts';
import { parseQuery } from '../url.ts';
import { CONSENT_CSP, consentPage, refusalPage } from './consentPage.ts';
import { createOAuthStore, isAllowedRedirectUri, sandboxClient, SANDBOX_OAUTH } from './oauthModel.ts';

const FORM_LIMIT = 64 * 1024;

/**
 * `/sandbox/oauth/…`: a small but real OAuth 2.0 authorization server, built on
 * `@node-oauth/oauth2-server` (RFC 6749, RFC 6750 and PKCE, RFC 7636). Reqlab's client is
 * checked against it, not against its own idea of the protocol.
 *
 * - `GET authorize`: the sign-in and consent page; `POST authorize`: the person's answer, then a
 *   redirect to the client's loopback `/oauth/callback` with `code` and `state` (or an `error`).
 * - `POST token`: the authorization code (PKCE checked), client credentials, password and refresh grants.
 * - `GET resource`: a protected resource that answers only a live bearer token.
 */
export function createOAuthServer() {
  const store = createOAuthStore();
  const options = { allowEmptyState: false, accessTokenLifetime: 3600, authorizationCodeLifetime: 120, allowBearerTokensInQueryString: true };
  // The token endpoint wants the confidential clients' secret; the authorization endpoint only knows the id.
  const tokenServer = new OAuth2Server({ ...options, model: store.model(true), requireClientAuthentication: { authorization_code: false, refresh_token: false } });
  const authorizeServer = new OAuth2Server({ ...options, model: store.model(false) });

  return async function handleOAuth(req: Req, res: Res, endpoint: string | undefined, rawQuery: string): Promise<void> {
    let form: [string, string][] = [];
    try {
      if (req.method === 'POST') form = [...new URLSearchParams((await readBody(req, FORM_LIMIT)).toString('utf8'))];
      else req.resume();
    } catch (e) {
      if (e instanceof BodyTooLargeError) return sendTooLarge(req, res, e);
      throw e;
    }
    const query = parseQuery(rawQuery);
    switch (endpoint) {
      case undefined:
        return sendJson(res, 200, describe());
      case 'authorize':
        return authorize(req, res, query, form);
      case 'token':
        if (req.method !== 'POST') return sendJson(res, 405, { error: 'invalid_request', error_description: 'Ask for a token with POST.' }, { Allow: 'POST' });
        return answer(res, (request, response) => tokenServer.token(request, response), libRequest(req, query, form));
      case 'resource':
        return answer(res, async (request, response) => {
          const token = await tokenServer.authenticate(request, response);
          response.status = 200;
          response.body = {
            authenticated: true,
            message: 'A protected resource: the access token is valid.',
            user: token.user.username ?? token.user.id,
            client: token.client.id,
            scope: token.scope ?? [],
            expiresAt: token.accessTokenExpiresAt?.toISOString() ?? null,
          };
        }, libRequest(req, query, form));
      default:
        return sendJson(res, 404, { error: 'not_found', error_description: 'The OAuth routes are /sandbox/oauth/authorize, /sandbox/oauth/token and /sandbox/oauth/resource.' });
    }
  };

  async function authorize(req: Req, res: Res, query: [string, string][], form: [string, string][]): Promise<void> {
    const params = req.method === 'POST' ? form : query;
    const get = (name: string) => params.find(([k]) => k === name)?.[1];
    const clientId = get('client_id');
    const client = sandboxClient(clientId);
    const redirectUri = get('redirect_uri');
    if (!client) return page(res, 400, refusalPage(`Unknown client_id “${clientId ?? ''}”. The sandbox's clients are ${SANDBOX_OAUTH.clientId}, ${SANDBOX_OAUTH.publicClientId} and ${SANDBOX_OAUTH.shortClientId}.`));
    if (!redirectUri || !isAllowedRedirectUri(redirectUri)) {
      return page(res, 400, refusalPage(`The redirect_uri “${redirectUri ?? ''}” is not registered. The sandbox accepts http://127.0.0.1:<any port>/oauth/callback (or localhost), as RFC 8252 allows for loopback.`));
    }
    const implicit = get('response_type') === 'token';
    if (client.secret === undefined && !implicit && !get('code_challenge')) {
      return redirectWith(res, redirectUri, { error: 'invalid_request', error_description: 'This public client must use PKCE (code_challenge).', state: get('state') });
    }
    if (req.method !== 'POST') return page(res, 200, consentPage(params, { clientId: client.id, scope: get('scope') || SANDBOX_OAUTH.scopes[0] }));

    const denied = get('decision') === 'deny';
    const signedIn = get('username') === SANDBOX_OAUTH.username && get('password') === SANDBOX_OAUTH.password;
    if (!denied && !signedIn) {
      return page(res, 401, consentPage(params, { clientId: client.id, scope: get('scope') || SANDBOX_OAUTH.scopes[0], error: 'Wrong username or password.', username: get('username') ?? '' }));
    }
    if (implicit) return answerImplicit(res, client, redirectUri, denied, get('scope'), get('state'));
    const request = libRequest(req, [], denied ? [...params, ['allowed', 'false']] : params);
    const response = new OAuth2Server.Response();
    try {
      await authorizeServer.authorize(request, response, { authenticateHandler: { handle: () => ({ id: SANDBOX_OAUTH.username, username: SANDBOX_OAUTH.username }) } });
    } catch {
      // The library has put the error in the redirect (RFC 6749 §4.1.2.1), with the state.
    }
    const location = response.get('location') as string | undefined;
    if (!location) return page(res, 400, refusalPage('The authorization request could not be answered.'));
    res.statusCode = 302;
    res.setHeader('Location', location);
    res.setHeader('Cache-Control', 'no-store');
    res.end();
  }

  /**
   * The implicit grant (RFC 6749 §4.2), which the library does not implement: after consent, the
   * token itself goes back in the redirect's fragment. Only the public client may use it, and its
   * token is checked by the library like any other.
   */
  async function answerImplicit(res: Res, client: OAuth2Server.Client, redirectUri: string, denied: boolean, scope: string | undefined, state: string | undefined): Promise<void> {
    const fragment = new URLSearchParams();
    const model = store.model(false);
    const scopes = await model.validateScope(null, client, scope ? scope.split(' ') : undefined);
    if (denied) fragment.set('error', 'access_denied');
    else if (!client.grants.includes('implicit')) fragment.set('error', 'unauthorized_client');
    else if (!scopes) fragment.set('error', 'invalid_scope');
    else {
      const accessToken = await model.generateAccessToken();
      const lifetime = client.accessTokenLifetime ?? options.accessTokenLifetime;
      const user = { id: SANDBOX_OAUTH.username, username: SANDBOX_OAUTH.username };
      await model.saveToken({ accessToken, accessTokenExpiresAt: new Date(Date.now() + lifetime * 1000), scope: scopes, client, user }, client, user);
      fragment.set('access_token', accessToken);
      fragment.set('token_type', 'Bearer');
      fragment.set('expires_in', String(lifetime));
      fragment.set('scope', scopes.join(' '));
    }
    if (state !== undefined) fragment.set('state', state);
    res.statusCode = 302;
    res.setHeader('Location', `${redirectUri}#${fragment.toString()}`);
    res.setHeader('Cache-Control', 'no-store');
    res.end();
  }
}

function describe() {
  return {
    authorization_endpoint: '/sandbox/oauth/authorize',
    token_endpoint: '/sandbox/oauth/token',
    resource: '/sandbox/oauth/resource',
    grant_types_supported: ['authorization_code', 'client_credentials', 'password', 'refresh_token', 'implicit'],
    code_challenge_methods_supported: ['S256', 'plain'],
    clients: {
      [SANDBOX_OAUTH.clientId]: `confidential, secret ${SANDBOX_OAUTH.clientSecret}, every grant`,
      [SANDBOX_OAUTH.publicClientId]: 'public (no secret): authorization code with PKCE, refresh, implicit',
      [SANDBOX_OAUTH.shortClientId]: `confidential, secret ${SANDBOX_OAUTH.clientSecret}, access tokens last 5 s`,
    },
    user: { username: SANDBOX_OAUTH.username, password: SANDBOX_OAUTH.password },
    scopes: SANDBOX_OAUTH.scopes,
    redirect_uri: 'http://127.0.0.1:<any port>/oauth/callback (or localhost)',
  };
}

function libRequest(req: Req, query: [string, string][], form: [string, string][]): OAuth2Server.Request {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
  return new OAuth2Server.Request({ method: req.method ?? 'GET', headers, query: Object.fromEntries(query), body: Object.fromEntries(form) });
}

/** Runs a library handler and writes what it put in its response, errors included (RFC 6749 §5.2, RFC 6750 §3). */
async function answer(res: Res, run: (request: OAuth2Server.Request, response: OAuth2Server.Response) => Promise<unknown>, request: OAuth2Server.Request): Promise<void> {
  const response = new OAuth2Server.Response();
  try {
    await run(request, response);
  } catch (e) {
    const err = e as { code?: number; name?: string; message?: string };
    response.status = err.code ?? 500;
    response.body = { error: err.name ?? 'server_error', error_description: err.message ?? '' };
    if (response.status === 401) {
      response.set('WWW-Authenticate', `Bearer realm="reqlab-sandbox", error="${err.name === 'unauthorized_request' ? 'invalid_request' : (err.name ?? 'invalid_token')}", error_description="${(err.message ?? '').replace(/["\\]/g, '')}"`);
    }
  }
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  for (const [name, value] of Object.entries(response.headers as Record<string, unknown>)) {
    if (typeof value === 'string' && name.toLowerCase() !== 'content-type') headers[name] = value;
  }
  sendJson(res, response.status ?? 200, response.body ?? {}, headers);
}

function redirectWith(res: Res, redirectUri: string, params: Record<string, string | undefined>): void {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  res.statusCode = 302;
  res.setHeader('Location', url.toString());
  res.end();
}

function page(res: Res, status: number, html: string): void {
  sendBytes(res, status, Buffer.from(html, 'utf8'), {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CONSENT_CSP,
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  });
}
