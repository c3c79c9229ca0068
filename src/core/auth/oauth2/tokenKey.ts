import type { OAuth2Auth } from '../../model';

/**
 * One token per configuration that would get a different token: the server, the client, the grant,
 * the scope (and audience/resource), and for the password grant, the user. Variables are resolved
 * first, so `{{tokenUrl}}` in two environments gives two tokens.
 */
export function oauth2TokenKey(auth: OAuth2Auth): string {
  return JSON.stringify([auth.tokenUrl.trim(), auth.clientId.trim(), auth.grant, auth.scope.trim(), auth.audience ?? '', auth.resource ?? '', auth.grant === 'password' ? auth.username : '']);
}

/** A token that ends within this margin is treated as ended: it could expire on its way to the server. */
export const OAUTH2_EXPIRY_MARGIN_MS = 2_000;

export function tokenIsLive(token: { expiresAt?: number }, now: number): boolean {
  return token.expiresAt === undefined || token.expiresAt - OAUTH2_EXPIRY_MARGIN_MS > now;
}
