/**
 * Auth as the person set it on a request, folder or collection.
 * `inherit` takes the nearest parent's auth (Postman's rule); `none` stops inheritance.
 */
export type Auth =
  | { type: 'inherit' }
  | { type: 'none' }
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string; prefix?: string }
  | { type: 'apikey'; key: string; value: string; in: 'header' | 'query' }
  | { type: 'digest'; username: string; password: string }
  /**
   * NTLM (MS-NLMP): a three-message handshake on one connection, so only the relay can do it. The
   * password never travels; the server's challenge is answered with an NTLMv2 response.
   */
  | NtlmAuth
  /** AWS Signature Version 4: each request signed with the secret key, which is never sent. */
  | { type: 'awsv4'; accessKey: string; secretKey: string; sessionToken?: string; region: string; service: string }
  /**
   * JWT bearer: Reqlab signs a token from `payload` (JSON text) with `secret` (HS*) or `privateKey`
   * (PKCS #8 PEM, for RS/PS/ES) each time the request is prepared, and sends it as a bearer
   * header (`prefix`, default Bearer) or as the query param `queryKey` (default token).
   */
  | {
      type: 'jwt';
      algorithm: JwtAlgorithm;
      secret: string;
      secretBase64?: boolean;
      privateKey: string;
      payload: string;
      /** Extra JOSE header fields as JSON text (`kid` …); `alg` always comes from `algorithm`. */
      header: string;
      prefix?: string;
      in: 'header' | 'query';
      queryKey?: string;
    }
  /**
   * Hawk: each request carries a MAC of its method, path, host, port, time and nonce (and, when
   * `includePayloadHash`, its body) made with `authKey`, which is never sent. `nonce` and `timestamp`
   * are fresh for each send when left empty.
   */
  | {
      type: 'hawk';
      authId: string;
      authKey: string;
      algorithm: HawkAlgorithm;
      /** Hawk's `ext`: application data sent and covered by the MAC. */
      extraData?: string;
      app?: string;
      delegation?: string;
      nonce?: string;
      timestamp?: string;
      includePayloadHash?: boolean;
    }
  /**
   * OAuth 2.0 (RFC 6749): Reqlab gets the access token itself, with the grant chosen here, keeps it
   * in this browser (never in the workspace, exports or history) and sends it as a bearer token.
   * `accessToken` is one typed in or imported (Postman's saved token), used while none was fetched.
   */
  | OAuth2Auth
  /**
   * OAuth 1.0a (RFC 5849): each request is signed with the consumer secret and token secret, which
   * are never sent. `nonce` and `timestamp` are fresh for each send when left empty.
   */
  | OAuth1Auth
  /**
   * Akamai EdgeGrid (EG1-HMAC-SHA256): each request is signed with the client secret, which is never
   * sent. `nonce` and `timestamp` are fresh for each send when left empty.
   */
  | EdgeGridAuth;

export interface NtlmAuth {
  type: 'ntlm';
  username: string;
  password: string;
  domain: string;
  workstation: string;
}

export interface EdgeGridAuth {
  type: 'edgegrid';
  clientToken: string;
  clientSecret: string;
  accessToken: string;
  /** The header names the API asks to be signed, in order, separated by commas. */
  headersToSign?: string;
  /** How much of a POST body is hashed; Akamai's default is 131072 bytes. */
  maxBodySize?: number;
  nonce?: string;
  timestamp?: string;
}

export const OAUTH1_SIGNATURE_METHODS = ['HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'RSA-SHA1', 'RSA-SHA256', 'RSA-SHA512', 'PLAINTEXT'] as const;
export type OAuth1SignatureMethod = (typeof OAUTH1_SIGNATURE_METHODS)[number];

export interface OAuth1Auth {
  type: 'oauth1';
  signatureMethod: OAuth1SignatureMethod;
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  /** RSA-SHA*: the consumer's private key (PKCS #8 PEM); the secrets are then not used. */
  privateKey?: string;
  callback?: string;
  verifier?: string;
  realm?: string;
  nonce?: string;
  timestamp?: string;
  /** Sends `oauth_version="1.0"` (optional in RFC 5849); on unless turned off. */
  version: boolean;
  /** The oauth_* parameters go in the Authorization header, or in the query. */
  in: 'header' | 'query';
  /** Empty oauth_token (and the like) are still sent and signed, as Postman's "add empty parameters to signature". */
  includeEmpty?: boolean;
  /** oauth_body_hash: a hash of a body that is not a form, so it is covered too. */
  includeBodyHash?: boolean;
}

/**
 * The grants Reqlab can perform. The authorization code and implicit grants open the server's page in
 * a popup; implicit (the token comes back in the callback URL) is only for old servers.
 */
export const OAUTH2_GRANTS = ['authorization_code', 'client_credentials', 'password', 'implicit'] as const;
export type OAuth2Grant = (typeof OAUTH2_GRANTS)[number];

export interface OAuth2Auth {
  type: 'oauth2';
  grant: OAuth2Grant;
  /** The authorization endpoint (authorization code grant only). */
  authUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** How the client proves itself to the token endpoint: an HTTP Basic header, or fields in the body. */
  clientAuth: 'basic' | 'body';
  scope: string;
  /** Where the server sends the person back; empty means Reqlab's own `/oauth/callback`. */
  redirectUri: string;
  /** PKCE (RFC 7636, S256) for the authorization code grant: on unless turned off. */
  pkce: boolean;
  /** The password grant's resource owner. */
  username: string;
  password: string;
  audience?: string;
  resource?: string;
  /** More parameters for the authorization and token requests. */
  extraParams?: { key: string; value: string }[];
  accessToken?: string;
  /** The header's scheme word; default Bearer. */
  prefix?: string;
  /** Sent in the Authorization header, or as the query param `access_token` (RFC 6750 §2.3). */
  in: 'header' | 'query';
}

/** The MAC algorithms Hawk defines. */
export const HAWK_ALGORITHMS = ['sha256', 'sha1'] as const;
export type HawkAlgorithm = (typeof HAWK_ALGORITHMS)[number];

/** The JWS algorithms Postman offers for JWT bearer (RFC 7518 §3.1). */
export const JWT_ALGORITHMS = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

export type AuthType = Auth['type'];
