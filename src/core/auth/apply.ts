import type { Auth, EdgeGridAuth, OAuth1Auth, OAuth2Auth } from '../model';
import { bytesToBase64, utf8Encode } from '../encoding';

/** What an auth scheme adds to a request. */
export interface AuthParts {
  headers: { name: string; value: string }[];
  /** Raw (unencoded) query params to append, for an API key sent in the query. */
  query: { key: string; value: string }[];
  /** Digest needs the server's challenge, so the relay performs it. */
  digest?: { username: string; password: string };
  /** NTLM's handshake needs one connection to the server, so the relay performs it. */
  ntlm?: { username: string; password: string; domain: string; workstation: string };
  /** AWS SigV4 signs the finished request (URL, headers, body), so prepare does it last. */
  awsv4?: Extract<Auth, { type: 'awsv4' }>;
  /** JWT bearer is signed (asynchronously) in prepare, then sent as a header or a query param. */
  jwt?: Extract<Auth, { type: 'jwt' }>;
  /** Hawk's MAC covers the finished request (URL, and the body when asked), so prepare does it last. */
  hawk?: Extract<Auth, { type: 'hawk' }>;
  /** OAuth 2.0's token comes from the token store, so prepare sends it. */
  oauth2?: OAuth2Auth;
  /** OAuth 1.0's signature covers the finished request (URL, and a form body), so prepare does it last. */
  oauth1?: OAuth1Auth;
  /** EdgeGrid's signature covers the finished request too. */
  edgegrid?: EdgeGridAuth;
}

/** `Basic base64(user ":" pass)`, with UTF-8 as RFC 7617 §2.1 `charset="UTF-8"` asks. */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${bytesToBase64(utf8Encode(`${username}:${password}`))}`;
}

/**
 * Turns auth (variables already resolved) into headers, query params or a digest request.
 * `inherit` must be resolved by the caller first (resolveInheritedAuth); here it adds nothing.
 * Bearer with an empty token and an API key with an empty name add nothing: there is nothing to send.
 */
export function authParts(auth: Auth): AuthParts {
  const parts: AuthParts = { headers: [], query: [] };
  switch (auth.type) {
    case 'basic':
      parts.headers.push({ name: 'Authorization', value: basicAuthorization(auth.username, auth.password) });
      break;
    case 'bearer': {
      if (auth.token === '') break;
      const prefix = auth.prefix ?? 'Bearer';
      parts.headers.push({ name: 'Authorization', value: prefix === '' ? auth.token : `${prefix} ${auth.token}` });
      break;
    }
    case 'apikey':
      if (auth.key === '') break;
      if (auth.in === 'query') parts.query.push({ key: auth.key, value: auth.value });
      else parts.headers.push({ name: auth.key, value: auth.value });
      break;
    case 'digest':
      parts.digest = { username: auth.username, password: auth.password };
      break;
    case 'ntlm':
      parts.ntlm = { username: auth.username, password: auth.password, domain: auth.domain, workstation: auth.workstation };
      break;
    case 'awsv4':
      if (auth.accessKey !== '') parts.awsv4 = auth;
      break;
    case 'jwt':
      parts.jwt = auth;
      break;
    case 'hawk':
      parts.hawk = auth;
      break;
    case 'oauth2':
      parts.oauth2 = auth;
      break;
    case 'oauth1':
      parts.oauth1 = auth;
      break;
    case 'edgegrid':
      parts.edgegrid = auth;
      break;
    case 'none':
    case 'inherit':
      break;
  }
  return parts;
}

/** The same auth with every text field passed through `resolve` (variables). */
export function mapAuthText(auth: Auth, resolve: (text: string) => string): Auth {
  switch (auth.type) {
    case 'basic':
    case 'digest':
      return { ...auth, username: resolve(auth.username), password: resolve(auth.password) };
    case 'ntlm':
      return { ...auth, username: resolve(auth.username), password: resolve(auth.password), domain: resolve(auth.domain), workstation: resolve(auth.workstation) };
    case 'bearer':
      return auth.prefix === undefined
        ? { ...auth, token: resolve(auth.token) }
        : { ...auth, token: resolve(auth.token), prefix: resolve(auth.prefix) };
    case 'apikey':
      return { ...auth, key: resolve(auth.key), value: resolve(auth.value) };
    case 'awsv4':
      return {
        ...auth,
        accessKey: resolve(auth.accessKey),
        secretKey: resolve(auth.secretKey),
        region: resolve(auth.region),
        service: resolve(auth.service),
        ...(auth.sessionToken !== undefined ? { sessionToken: resolve(auth.sessionToken) } : {}),
      };
    case 'jwt': {
      const { prefix, queryKey, ...rest } = auth;
      return {
        ...rest,
        secret: resolve(auth.secret),
        privateKey: resolve(auth.privateKey),
        payload: resolve(auth.payload),
        header: resolve(auth.header),
        ...(prefix !== undefined ? { prefix: resolve(prefix) } : {}),
        ...(queryKey !== undefined ? { queryKey: resolve(queryKey) } : {}),
      };
    }
    case 'hawk': {
      const out: Extract<Auth, { type: 'hawk' }> = { ...auth, authId: resolve(auth.authId), authKey: resolve(auth.authKey) };
      for (const field of ['extraData', 'app', 'delegation', 'nonce', 'timestamp'] as const) {
        const value = auth[field];
        if (value !== undefined) out[field] = resolve(value);
      }
      return out;
    }
    case 'oauth2': {
      const { audience, resource, extraParams, accessToken, prefix, ...rest } = auth;
      return {
        ...rest,
        authUrl: resolve(auth.authUrl),
        tokenUrl: resolve(auth.tokenUrl),
        clientId: resolve(auth.clientId),
        clientSecret: resolve(auth.clientSecret),
        scope: resolve(auth.scope),
        redirectUri: resolve(auth.redirectUri),
        username: resolve(auth.username),
        password: resolve(auth.password),
        ...(audience !== undefined ? { audience: resolve(audience) } : {}),
        ...(resource !== undefined ? { resource: resolve(resource) } : {}),
        ...(extraParams ? { extraParams: extraParams.map((p) => ({ key: resolve(p.key), value: resolve(p.value) })) } : {}),
        ...(accessToken !== undefined ? { accessToken: resolve(accessToken) } : {}),
        ...(prefix !== undefined ? { prefix: resolve(prefix) } : {}),
      };
    }
    case 'oauth1': {
      const out: OAuth1Auth = { ...auth, consumerKey: resolve(auth.consumerKey), consumerSecret: resolve(auth.consumerSecret), token: resolve(auth.token), tokenSecret: resolve(auth.tokenSecret) };
      for (const field of ['privateKey', 'callback', 'verifier', 'realm', 'nonce', 'timestamp'] as const) {
        const value = auth[field];
        if (value !== undefined) out[field] = resolve(value);
      }
      return out;
    }
    case 'edgegrid': {
      const out: EdgeGridAuth = { ...auth, clientToken: resolve(auth.clientToken), clientSecret: resolve(auth.clientSecret), accessToken: resolve(auth.accessToken) };
      for (const field of ['headersToSign', 'nonce', 'timestamp'] as const) {
        const value = auth[field];
        if (value !== undefined) out[field] = resolve(value);
      }
      return out;
    }
    default:
      return auth;
  }
}
