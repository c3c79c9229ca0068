import type { FileRef } from './body';

/** One header as it will be sent, with where it came from (shown in the UI). */
export interface PreparedHeader {
  name: string;
  value: string;
  /** `auto`: added by Reqlab (Content-Type from the body mode, …); `auth`: from the auth helper. */
  source: 'user' | 'auto' | 'auth';
}

/** How the body was built, for code generation and export (which reference files by name). */
export type BodyDescription =
  | { mode: 'none' }
  | { mode: 'raw'; text: string; contentType?: string }
  | { mode: 'urlencoded'; fields: [string, string][] }
  | {
      mode: 'multipart';
      boundary: string;
      fields: (
        | { name: string; value: string; contentType?: string }
        | { name: string; file: FileRef; contentType?: string }
      )[];
    }
  | { mode: 'binary'; file: FileRef; contentType?: string };

/**
 * The exact request to send: variables resolved, auth applied, body encoded.
 * One prepared request feeds sending, code generation, the raw view and export.
 */
export interface PreparedRequest {
  method: string;
  /** Absolute, encoded URL. */
  url: string;
  headers: PreparedHeader[];
  /** The encoded body bytes, or null when there is none. */
  body: Uint8Array | null;
  bodyDescription: BodyDescription;
  timeoutMs: number;
  followRedirects: boolean;
  maxRedirects: number;
  /** Digest needs a challenge round trip, so only the relay performs it. */
  digest?: { username: string; password: string };
  /** NTLM needs the server's challenge on the same connection, so the relay performs it. */
  ntlm?: { username: string; password: string; domain: string; workstation: string };
  /** Signed with AWS Signature v4 at this time (X-Amz-Date): code made from it says the signature expires. */
  awsSignature?: { region: string; service: string; amzDate: string };
  /** Carries a JWT Reqlab signed (its `exp` in seconds, if it has one): code made from it says so. */
  jwtSignature?: { algorithm: string; expiresAt?: number };
  /** Carries a Hawk MAC made at `ts` with a one-time nonce: code made from it says it can't be replayed. */
  hawkSignature?: { algorithm: string; ts: string };
  /** Signed with OAuth 1.0 at `timestamp` with a one-time nonce: code made from it says so. */
  oauth1Signature?: { signatureMethod: string; timestamp: string };
  /** Signed with Akamai EdgeGrid at `timestamp` with a one-time nonce: code made from it says so. */
  edgeGridSignature?: { timestamp: string };
  /** Carries an OAuth 2.0 access token (or should, when `state` is not ok): code made from it says where it came from. */
  oauth2?: {
    grant: string;
    state: 'ok' | 'missing' | 'expired';
    expiresAt?: number;
    /** The token put on the wire, so that history can mask it as it masks secret variables; never stored. */
    sentToken?: string;
  };
  /** The request's setting turned the cookie jar off. */
  skipCookieJar?: true;
  /** Variables that could not be resolved, by name. */
  unresolved: string[];
}
