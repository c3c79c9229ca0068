import type { Auth, FileResolver, OAuth2Auth, OAuth2TokenStore, PreparedHeader, PreparedRequest, RequestModel, VariableScopes } from '../model';
import { oauth2TokenKey, tokenIsLive } from '../auth/oauth2/tokenKey';
import { authParts, mapAuthText } from '../auth';
import { encodeBody } from '../body';
import { buildVariableLookup, createResolver } from '../variables';
import { buildUrl } from './buildUrl';
import { hasHeader, userHeaders } from './buildHeaders';
import { PrepareError } from './PrepareError';

export interface PrepareContext {
  scopes: VariableScopes;
  /** The auth a request set to `inherit` gets, already resolved from its folders and collection. */
  inheritedAuth?: Auth;
  fileResolver?: FileResolver;
  /** `placeholder` keeps secret variables as `{{name}}`: for history, export and generated code. */
  secrets?: 'resolve' | 'placeholder';
  now?: () => number;
  random?: () => number;
  /** Fixed multipart boundary; random by default. */
  boundary?: string;
  /** The origin a URL starting with `/` goes to: the page's, i.e. Reqlab's own server. */
  pageOrigin?: string;
  /** Where OAuth 2.0 tokens are kept; without it, only a token typed into the auth is sent. */
  oauth2Tokens?: Pick<OAuth2TokenStore, 'get'>;
}

/** What the person types in place of a token that is not shown (generated code, exports). */
export const OAUTH2_TOKEN_PLACEHOLDER = '<OAuth 2.0 access token>';

function resolverFor(ctx: PrepareContext) {
  return createResolver(buildVariableLookup(ctx.scopes), { secrets: ctx.secrets ?? 'resolve', now: ctx.now, random: ctx.random });
}

/**
 * The request's OAuth 2.0 configuration with its variables resolved (its own, or the one it
 * inherits), or undefined when it uses another scheme: what a sender needs to get a token first.
 */
export function oauth2AuthOf(request: RequestModel, ctx: PrepareContext): OAuth2Auth | undefined {
  const effective = request.auth.type === 'inherit' ? (ctx.inheritedAuth ?? { type: 'none' }) : request.auth;
  if (effective.type !== 'oauth2') return undefined;
  return withAbsoluteEndpoints(mapAuthText(effective, resolverFor(ctx).resolve) as OAuth2Auth, ctx.pageOrigin);
}

/**
 * Like a request URL, an endpoint that starts with / is on Reqlab's own server (the sandbox's).
 * Both the one who stores a token and the one who looks it up key it by these absolute URLs.
 */
function withAbsoluteEndpoints(auth: OAuth2Auth, pageOrigin: string | undefined): OAuth2Auth {
  const absolute = (url: string) => (url.startsWith('/') && !url.startsWith('//') && pageOrigin ? pageOrigin + url : url);
  return { ...auth, authUrl: absolute(auth.authUrl), tokenUrl: absolute(auth.tokenUrl) };
}

const METHOD_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Request as composed + variables → the exact request to send.
 * Headers: the person's rows win over what Reqlab would add. An auth header or the body's
 * Content-Type is left out when a user row has the same name, or (auto ones) when the name
 * is in `disabledAutoHeaders`.
 */
export async function prepareRequest(request: RequestModel, ctx: PrepareContext): Promise<PreparedRequest> {
  const resolver = resolverFor(ctx);
  const resolve = resolver.resolve;

  const method = request.method.trim() === '' ? 'GET' : request.method.trim();
  if (!METHOD_TOKEN.test(method)) {
    throw new PrepareError('method', `"${method}" is not a valid method: use letters only, like GET or PROPFIND.`);
  }

  const effectiveAuth = request.auth.type === 'inherit' ? (ctx.inheritedAuth ?? { type: 'none' }) : request.auth;
  const auth = authParts(mapAuthText(effectiveAuth, resolve));
  let jwtSignature: PreparedRequest['jwtSignature'];
  if (auth.jwt) {
    // Signed before the URL is built, since the token may go in the query. Once signed it is sent
    // as a bearer token or a query key is, by the same code.
    const { signJwt } = await import('../auth/jwtBearer');
    const { token, expiresAt } = await signJwt(auth.jwt);
    const sent = authParts(
      auth.jwt.in === 'query'
        ? { type: 'apikey', key: auth.jwt.queryKey || 'token', value: token, in: 'query' }
        : { type: 'bearer', token, ...(auth.jwt.prefix !== undefined ? { prefix: auth.jwt.prefix } : {}) },
    );
    auth.headers.push(...sent.headers);
    auth.query.push(...sent.query);
    jwtSignature = { algorithm: auth.jwt.algorithm, ...(expiresAt !== undefined ? { expiresAt } : {}) };
  }
  let oauth2: PreparedRequest['oauth2'];
  if (auth.oauth2) {
    const stored = await ctx.oauth2Tokens?.get(oauth2TokenKey(withAbsoluteEndpoints(auth.oauth2, ctx.pageOrigin)));
    const token = stored?.accessToken ?? auth.oauth2.accessToken ?? '';
    const state = token === '' ? 'missing' : stored && !tokenIsLive(stored, (ctx.now ?? Date.now)()) ? 'expired' : 'ok';
    if (token !== '') {
      // Generated code and exports never carry the token itself: it is not a variable the person chose to share.
      const value = ctx.secrets === 'placeholder' ? OAUTH2_TOKEN_PLACEHOLDER : token;
      const sent = authParts(
        auth.oauth2.in === 'query'
          ? { type: 'apikey', key: 'access_token', value, in: 'query' }
          : { type: 'bearer', token: value, ...(auth.oauth2.prefix ? { prefix: auth.oauth2.prefix } : {}) },
      );
      auth.headers.push(...sent.headers);
      auth.query.push(...sent.query);
    }
    oauth2 = {
      grant: auth.oauth2.grant,
      state,
      ...(stored?.expiresAt !== undefined ? { expiresAt: stored.expiresAt } : {}),
      ...(token !== '' && ctx.secrets !== 'placeholder' ? { sentToken: token } : {}),
    };
  }

  const url = buildUrl(
    { url: request.url, params: request.params, pathVariables: request.pathVariables, authQuery: auth.query },
    resolve,
    ctx.pageOrigin,
  );

  const headers: PreparedHeader[] = userHeaders(request.headers, resolve);
  const userSet = [...headers];
  for (const h of auth.headers) if (!hasHeader(userSet, h.name)) headers.push({ ...h, source: 'auth' });

  const body = await encodeBody(request.body, { resolve, fileResolver: ctx.fileResolver, boundary: ctx.boundary });
  const disabledAuto = new Set((request.disabledAutoHeaders ?? []).map((n) => n.toLowerCase()));
  if (body.contentType && !hasHeader(userSet, 'Content-Type') && !disabledAuto.has('content-type')) {
    headers.push({ name: 'Content-Type', value: body.contentType, source: 'auto' });
  }

  if (auth.awsv4) {
    // Loaded only for a request that uses it; the user's own Authorization row wins, as for every scheme.
    const { awsSigV4Headers } = await import('../auth/awsSigV4');
    const signed = await awsSigV4Headers(auth.awsv4, { method, url, headers, body: body.bytes, now: (ctx.now ?? Date.now)() });
    for (const h of signed) if (!hasHeader(userSet, h.name)) headers.push({ ...h, source: 'auth' });
  }
  let hawkSignature: PreparedRequest['hawkSignature'];
  if (auth.hawk && !hasHeader(userSet, 'Authorization')) {
    const { hawkAuthorization } = await import('../auth/hawk');
    const { header, ts } = await hawkAuthorization(auth.hawk, { method, url, headers, body: body.bytes, now: (ctx.now ?? Date.now)(), random: ctx.random ?? Math.random });
    headers.push({ name: 'Authorization', value: header, source: 'auth' });
    hawkSignature = { algorithm: auth.hawk.algorithm, ts };
  }
  let oauth1Signature: PreparedRequest['oauth1Signature'];
  let signedUrl = url;
  if (auth.oauth1 && !(auth.oauth1.in === 'header' && hasHeader(userSet, 'Authorization'))) {
    const { oauth1Sign } = await import('../auth/oauth1');
    const signed = await oauth1Sign(auth.oauth1, { method, url, headers, body: body.bytes, now: (ctx.now ?? Date.now)(), random: ctx.random ?? Math.random });
    if (signed.header) headers.push({ name: 'Authorization', value: signed.header, source: 'auth' });
    if (signed.query) signedUrl = `${url}${!url.includes('?') ? '?' : /[?&]$/.test(url) ? '' : '&'}${signed.query}`;
    oauth1Signature = { signatureMethod: auth.oauth1.signatureMethod, timestamp: signed.timestamp };
  }
  let edgeGridSignature: PreparedRequest['edgeGridSignature'];
  if (auth.edgegrid && !hasHeader(userSet, 'Authorization')) {
    const { edgeGridSign } = await import('../auth/edgegrid');
    const signed = await edgeGridSign(auth.edgegrid, { method, url: signedUrl, headers, body: body.bytes, now: (ctx.now ?? Date.now)(), random: ctx.random ?? Math.random });
    headers.push({ name: 'Authorization', value: signed.header, source: 'auth' });
    edgeGridSignature = { timestamp: signed.timestamp };
  }

  const prepared: PreparedRequest = {
    method,
    url: signedUrl,
    headers,
    body: body.bytes,
    bodyDescription: body.description,
    timeoutMs: request.settings.timeoutMs,
    followRedirects: request.settings.followRedirects,
    maxRedirects: request.settings.maxRedirects,
    unresolved: resolver.unresolved(),
  };
  if (auth.digest) prepared.digest = auth.digest;
  if (auth.ntlm) prepared.ntlm = auth.ntlm;
  const amzDate = headers.find((h) => h.source === 'auth' && h.name === 'X-Amz-Date')?.value;
  if (auth.awsv4 && amzDate) prepared.awsSignature = { region: auth.awsv4.region, service: auth.awsv4.service, amzDate };
  if (jwtSignature) prepared.jwtSignature = jwtSignature;
  if (hawkSignature) prepared.hawkSignature = hawkSignature;
  if (oauth1Signature) prepared.oauth1Signature = oauth1Signature;
  if (edgeGridSignature) prepared.edgeGridSignature = edgeGridSignature;
  if (oauth2) prepared.oauth2 = oauth2;
  if (request.settings.cookieJar === false) prepared.skipCookieJar = true;
  return prepared;
}
