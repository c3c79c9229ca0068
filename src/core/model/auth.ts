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
    };

/** The MAC algorithms Hawk defines. */
export const HAWK_ALGORITHMS = ['sha256', 'sha1'] as const;
export type HawkAlgorithm = (typeof HAWK_ALGORITHMS)[number];

/** The JWS algorithms Postman offers for JWT bearer (RFC 7518 §3.1). */
export const JWT_ALGORITHMS = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

export type AuthType = Auth['type'];
