import type { OAuth2Grant } from './auth';

/** A token an OAuth 2.0 server issued, kept in this browser (or the CLI's memory) per auth configuration. */
export interface OAuth2Token {
  accessToken: string;
  tokenType: string;
  refreshToken?: string;
  /** Milliseconds since the epoch; absent when the server gave no `expires_in`. */
  expiresAt?: number;
  scope?: string;
  obtainedAt: number;
  grant: OAuth2Grant | 'refresh_token';
}

/** Where tokens are kept, by `oauth2TokenKey`. The app keeps them in IndexedDB, the CLI in memory. */
export interface OAuth2TokenStore {
  get(key: string): Promise<OAuth2Token | undefined>;
  put(key: string, token: OAuth2Token): Promise<void>;
  delete(key: string): Promise<void>;
}
