import * as oauth from 'oauth4webapi';
import type { OAuth2Auth, OAuth2Token, OAuth2TokenStore, PreparedRequest, ResponseRecord } from '../../model';
import { utf8Encode } from '../../encoding';
import { basicAuthorization } from '../apply';
import { oauth2TokenKey, tokenIsLive } from './tokenKey';

/** Sends a token request the way every other request goes (the relay, so CORS does not block it). */
export type OAuth2Send = (prepared: PreparedRequest) => Promise<ResponseRecord>;

/** Why no token could be had, in words a person can act on. */
export class OAuth2Error extends Error {
  override name = 'OAuth2Error';
}

const TOKEN_TIMEOUT_MS = 30_000;

/** The server as oauth4webapi sees it: only the endpoints the person typed, no discovery. */
function serverOf(auth: OAuth2Auth): oauth.AuthorizationServer {
  const token = urlOf(auth.tokenUrl, 'Token URL');
  return {
    issuer: token.origin,
    token_endpoint: token.href,
    ...(auth.authUrl.trim() ? { authorization_endpoint: urlOf(auth.authUrl, 'Auth URL').href } : {}),
  };
}

function urlOf(text: string, field: string): URL {
  try {
    const url = new URL(text.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // Said below.
  }
  throw new OAuth2Error(text.trim() ? `OAuth 2.0: the ${field} “${text.trim()}” is not an http(s) URL.` : `OAuth 2.0: the ${field} is empty.`);
}

/** application/x-www-form-urlencoded, as RFC 6749 §2.3.1 asks for the Basic client id and secret. */
const formEncode = (text: string) => new URLSearchParams([['', text]]).toString().slice(1);

function clientAuthOf(auth: OAuth2Auth): oauth.ClientAuth {
  if (!auth.clientSecret) return oauth.None();
  if (auth.clientAuth === 'body') return oauth.ClientSecretPost(auth.clientSecret);
  // oauth4webapi's ClientSecretBasic also escapes "-" and ".", which servers that do not decode
  // (node-oauth2-server, and many others) then refuse; WHATWG's form encoding leaves them as they are.
  return (_as, client, _body, headers) => {
    headers.set('authorization', basicAuthorization(formEncode(client.client_id), formEncode(auth.clientSecret)));
  };
}

/** scope, audience, resource and the extra parameters, as both the authorization and token requests carry them. */
function extraParameters(auth: OAuth2Auth): URLSearchParams {
  const params = new URLSearchParams();
  if (auth.scope.trim()) params.set('scope', auth.scope.trim());
  if (auth.audience) params.set('audience', auth.audience);
  if (auth.resource) params.set('resource', auth.resource);
  for (const { key, value } of auth.extraParams ?? []) if (key) params.append(key, value);
  return params;
}

/** oauth4webapi's fetch, through Reqlab's sender; its answer becomes a fetch Response again. */
function options(send: OAuth2Send): oauth.TokenEndpointRequestOptions {
  return {
    [oauth.allowInsecureRequests]: true,
    [oauth.customFetch]: async (url, init) => {
      const text = init.body === undefined || init.body === null ? null : String(init.body);
      const prepared: PreparedRequest = {
        method: init.method ?? 'POST',
        url,
        headers: [...new Headers(init.headers as HeadersInit)].map(([name, value]) => ({ name, value, source: 'auth' as const })),
        body: text === null ? null : utf8Encode(text),
        bodyDescription: text === null ? { mode: 'none' } : { mode: 'urlencoded', fields: [...new URLSearchParams(text)] },
        timeoutMs: TOKEN_TIMEOUT_MS,
        followRedirects: false,
        maxRedirects: 0,
        unresolved: [],
      };
      let record: ResponseRecord;
      try {
        record = await send(prepared);
      } catch (e) {
        const inner = (e as { error?: { message?: string } }).error?.message ?? (e instanceof Error ? e.message : String(e));
        throw new OAuth2Error(`OAuth 2.0: the token request to ${url} failed: ${inner}`);
      }
      const status = record.status >= 200 && record.status <= 599 ? record.status : 502;
      return new Response(status === 204 || status === 304 ? null : (record.body as BodyInit), { status, statusText: record.statusText, headers: record.headers });
    },
  };
}

/** oauth4webapi's errors, and the server's `error`/`error_description`, said plainly. */
async function explain(e: unknown, what: string): Promise<OAuth2Error> {
  if (e instanceof OAuth2Error) return e;
  if (e instanceof oauth.WWWAuthenticateChallengeError) {
    // A 401 with a challenge: the error is in the body (RFC 6749 §5.2), when the server sent one.
    const body = (await e.response.json().catch(() => ({}))) as { error?: unknown; error_description?: unknown };
    const error = typeof body.error === 'string' ? body.error : (e.cause[0]?.parameters.error ?? 'unauthorized');
    const description = typeof body.error_description === 'string' ? body.error_description : e.cause[0]?.parameters.error_description;
    return new OAuth2Error(`OAuth 2.0: the server refused ${what} (HTTP ${e.status}): ${error}${description ? `, “${description}”` : ''}.`);
  }
  if (e instanceof oauth.ResponseBodyError) {
    return new OAuth2Error(`OAuth 2.0: the server refused ${what} (HTTP ${e.status}): ${e.error}${e.error_description ? `, “${e.error_description}”` : ''}.`);
  }
  if (e instanceof oauth.AuthorizationResponseError) {
    return new OAuth2Error(`OAuth 2.0: the authorization server answered ${e.error}${e.error_description ? `, “${e.error_description}”` : ''}.`);
  }
  return new OAuth2Error(`OAuth 2.0: ${what} failed: ${e instanceof Error ? e.message : String(e)}`);
}

function tokenOf(answer: oauth.TokenEndpointResponse, grant: OAuth2Token['grant'], now: number, previous?: OAuth2Token): OAuth2Token {
  const refreshToken = answer.refresh_token ?? previous?.refreshToken;
  return {
    accessToken: answer.access_token,
    tokenType: answer.token_type,
    ...(refreshToken ? { refreshToken } : {}),
    ...(typeof answer.expires_in === 'number' ? { expiresAt: now + answer.expires_in * 1000 } : {}),
    ...(answer.scope ? { scope: answer.scope } : previous?.scope ? { scope: previous.scope } : {}),
    obtainedAt: now,
    grant,
  };
}

/** The client credentials or password grant: no browser needed. */
export async function requestToken(auth: OAuth2Auth, send: OAuth2Send, now: number): Promise<OAuth2Token> {
  const as = serverOf(auth);
  const client: oauth.Client = { client_id: auth.clientId };
  try {
    if (auth.grant === 'client_credentials') {
      const response = await oauth.clientCredentialsGrantRequest(as, client, clientAuthOf(auth), extraParameters(auth), options(send));
      return tokenOf(await oauth.processClientCredentialsResponse(as, client, response), auth.grant, now);
    }
    if (auth.grant === 'password') {
      const params = extraParameters(auth);
      params.set('username', auth.username);
      params.set('password', auth.password);
      const response = await oauth.genericTokenEndpointRequest(as, client, clientAuthOf(auth), 'password', params, options(send));
      return tokenOf(await oauth.processGenericTokenEndpointResponse(as, client, response), auth.grant, now);
    }
  } catch (e) {
    throw await explain(e, 'the token request');
  }
  throw new OAuth2Error(`OAuth 2.0: the ${auth.grant === 'implicit' ? 'implicit' : 'authorization code'} grant needs the browser: press “Get new access token”.`);
}

export async function refreshToken(auth: OAuth2Auth, previous: OAuth2Token, send: OAuth2Send, now: number): Promise<OAuth2Token> {
  const as = serverOf(auth);
  const client: oauth.Client = { client_id: auth.clientId };
  try {
    const response = await oauth.refreshTokenGrantRequest(as, client, clientAuthOf(auth), previous.refreshToken ?? '', { ...options(send), additionalParameters: extraParameters(auth) });
    return tokenOf(await oauth.processRefreshTokenResponse(as, client, response), 'refresh_token', now, previous);
  } catch (e) {
    throw await explain(e, 'the refresh');
  }
}

/** What the authorization code grant needs to remember between opening the page and the callback. */
export interface PendingAuthorization {
  url: string;
  state: string;
  codeVerifier?: string;
  redirectUri: string;
}

export async function authorizationRequest(auth: OAuth2Auth, redirectUri: string): Promise<PendingAuthorization> {
  const endpoint = urlOf(auth.authUrl, 'Auth URL');
  if (auth.grant !== 'implicit') urlOf(auth.tokenUrl, 'Token URL');
  const state = oauth.generateRandomState();
  const url = new URL(endpoint);
  const implicit = auth.grant === 'implicit';
  url.searchParams.set('response_type', implicit ? 'token' : 'code');
  url.searchParams.set('client_id', auth.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  for (const [k, v] of extraParameters(auth)) url.searchParams.append(k, v);
  if (!auth.pkce || implicit) return { url: url.href, state, redirectUri };
  const codeVerifier = oauth.generateRandomCodeVerifier();
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return { url: url.href, state, codeVerifier, redirectUri };
}

/**
 * The callback's query, checked against what was asked (the `state` above all: another value
 * means the answer is not to this request), then the code exchanged for a token.
 */
export async function exchangeCode(auth: OAuth2Auth, pending: PendingAuthorization, callbackQuery: string, send: OAuth2Send, now: number): Promise<OAuth2Token> {
  const as = serverOf(auth);
  const client: oauth.Client = { client_id: auth.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, new URLSearchParams(callbackQuery), pending.state);
  } catch (e) {
    if (e instanceof oauth.AuthorizationResponseError) throw await explain(e, 'the authorization');
    const message = e instanceof Error ? e.message : String(e);
    if (/state/i.test(message)) throw new OAuth2Error('OAuth 2.0: the answer’s state does not match the one Reqlab sent, so it was refused: it may not be an answer to this request.');
    throw await explain(e, 'the authorization');
  }
  try {
    const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuthOf(auth), params, pending.redirectUri, pending.codeVerifier ?? oauth.nopkce, options(send));
    return tokenOf(await oauth.processAuthorizationCodeResponse(as, client, response), 'authorization_code', now);
  } catch (e) {
    throw await explain(e, 'the code exchange');
  }
}

/**
 * The implicit grant's answer: the token itself, in the callback URL's fragment (RFC 6749 §4.2.2),
 * accepted only with the state Reqlab sent.
 */
export function acceptImplicitAnswer(pending: PendingAuthorization, fragment: string, now: number): OAuth2Token {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  if (params.get('state') !== pending.state) {
    throw new OAuth2Error('OAuth 2.0: the answer’s state does not match the one Reqlab sent, so it was refused: it may not be an answer to this request.');
  }
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    throw new OAuth2Error(`OAuth 2.0: the authorization server answered ${error}${description ? `, “${description}”` : ''}.`);
  }
  const accessToken = params.get('access_token');
  if (!accessToken) throw new OAuth2Error('OAuth 2.0: the answer carries no access_token.');
  const expiresIn = Number(params.get('expires_in'));
  const scope = params.get('scope');
  return {
    accessToken,
    tokenType: (params.get('token_type') ?? 'bearer').toLowerCase(),
    ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresAt: now + expiresIn * 1000 } : {}),
    ...(scope ? { scope } : {}),
    obtainedAt: now,
    grant: 'implicit',
  };
}

/**
 * A live token for this configuration: the stored one, else a refreshed one, else a new one from
 * a grant that needs no browser. A token typed in (and none fetched yet) is used as it is.
 */
export async function ensureOAuth2Token(auth: OAuth2Auth, store: OAuth2TokenStore, send: OAuth2Send, now: number, opts: { browser?: boolean } = {}): Promise<OAuth2Token | undefined> {
  const key = oauth2TokenKey(auth);
  const stored = await store.get(key);
  if (stored && tokenIsLive(stored, now)) return stored;
  if (stored?.refreshToken) {
    try {
      const fresh = await refreshToken(auth, stored, send, now);
      await store.put(key, fresh);
      return fresh;
    } catch (e) {
      if (auth.grant === 'authorization_code' || auth.grant === 'implicit') throw new OAuth2Error(`${(await explain(e, 'the refresh')).message} Press “Get new access token” to sign in again.`);
    }
  }
  if (!stored && auth.accessToken) return undefined;
  const needsBrowser = auth.grant === 'authorization_code' || auth.grant === 'implicit';
  if (needsBrowser && opts.browser === false) {
    throw new OAuth2Error(
      `OAuth 2.0: the ${auth.grant === 'implicit' ? 'implicit' : 'authorization code'} grant needs a person to sign in in a browser, which reqlab run cannot do. Use the client credentials or password grant, or give the auth an access token (for example {{accessToken}} with --env-var accessToken=…).`,
    );
  }
  if (needsBrowser) {
    throw new OAuth2Error(
      stored
        ? 'OAuth 2.0: the access token has expired and there is no refresh token. Press “Get new access token” in the Auth tab to sign in again.'
        : 'OAuth 2.0: no access token yet. Press “Get new access token” in the Auth tab to sign in.',
    );
  }
  const fresh = await requestToken(auth, send, now);
  await store.put(key, fresh);
  return fresh;
}
