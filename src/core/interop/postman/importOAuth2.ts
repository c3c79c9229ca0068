import type { OAuth2Auth, OAuth2Grant } from '../../model';
import type { ReportBuilder } from '../reportBuilder';

/** Postman's `grant_type` values → ours; `implicit` has no place in OAuth 2.1 and is said so. */
const GRANTS: Record<string, OAuth2Grant> = {
  authorization_code: 'authorization_code',
  authorization_code_with_pkce: 'authorization_code',
  client_credentials: 'client_credentials',
  password_credentials: 'password',
  implicit: 'implicit',
};

/** Postman keeps its extra parameters as a JSON list of `{ key, value, enabled }`. */
function paramList(text: string | undefined): { key: string; value: string }[] {
  if (!text) return [];
  try {
    const list = JSON.parse(text) as unknown;
    if (!Array.isArray(list)) return [];
    return list
      .filter((p): p is { key: string; value?: unknown; enabled?: unknown } => !!p && typeof (p as { key?: unknown }).key === 'string' && (p as { enabled?: unknown }).enabled !== false)
      .map((p) => ({ key: p.key, value: typeof p.value === 'string' ? p.value : String(p.value ?? '') }));
  } catch {
    return [];
  }
}

/** Postman's own callback pages: a server registered them for Postman, not for Reqlab. */
const POSTMAN_CALLBACK = /(^|\.)(pstmn\.io|getpostman\.com|postman\.co)$/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Postman's OAuth 2.0 settings (`p`, its params by key) → Reqlab's configuration, with notes for what changes. */
export function importOAuth2(p: Record<string, string>, path: string, report: ReportBuilder): OAuth2Auth {
  const postmanGrant = p.grant_type || 'authorization_code';
  let grant = GRANTS[postmanGrant];
  if (!grant) {
    grant = 'authorization_code';
    report.changed(path, `OAuth 2.0: the ${postmanGrant} grant is not one Reqlab knows; it becomes the authorization code grant with PKCE, which the server must allow`);
  }
  const extra = [...paramList(p.authRequestParams), ...paramList(p.tokenRequestParams)];
  const take = (key: string) => extra.find((e) => e.key === key)?.value;
  const audience = take('audience');
  const resource = take('resource');
  const extraParams = extra.filter((e) => e.key !== 'audience' && e.key !== 'resource');
  let redirectUri = p.useBrowser === 'true' ? '' : (p.redirect_uri ?? '');
  if (redirectUri && POSTMAN_CALLBACK.test(hostOf(redirectUri))) {
    redirectUri = '';
    report.changed(path, 'OAuth 2.0: Postman’s callback URL is replaced by Reqlab’s own /oauth/callback, which must be registered with the server');
  }
  if (grant === 'authorization_code' && p.challengeAlgorithm === 'plain') report.changed(path, 'OAuth 2.0: PKCE uses S256, not plain');
  const auth: OAuth2Auth = {
    type: 'oauth2',
    grant,
    authUrl: p.authUrl ?? '',
    tokenUrl: p.accessTokenUrl ?? '',
    clientId: p.clientId ?? '',
    clientSecret: p.clientSecret ?? '',
    clientAuth: p.client_authentication === 'body' ? 'body' : 'basic',
    scope: p.scope ?? '',
    redirectUri,
    pkce: postmanGrant === 'authorization_code_with_pkce' || !GRANTS[postmanGrant],
    username: p.username ?? '',
    password: p.password ?? '',
    in: p.addTokenTo === 'queryParams' ? 'query' : 'header',
    ...(audience ? { audience } : {}),
    ...(resource ? { resource } : {}),
    ...(extraParams.length ? { extraParams } : {}),
    ...(p.accessToken ? { accessToken: p.accessToken } : {}),
    ...(p.headerPrefix !== undefined && p.headerPrefix !== '' && p.headerPrefix !== 'Bearer' ? { prefix: p.headerPrefix } : {}),
  };
  return auth;
}

/** Ours → Postman's params, so a collection exported from Reqlab opens in Postman with the same settings. */
export function exportOAuth2(auth: OAuth2Auth): { key: string; value: string; type: 'string' }[] {
  const grant = auth.grant === 'password' ? 'password_credentials' : auth.grant === 'authorization_code' && auth.pkce ? 'authorization_code_with_pkce' : auth.grant;
  const extra = [
    ...(auth.audience ? [{ key: 'audience', value: auth.audience }] : []),
    ...(auth.resource ? [{ key: 'resource', value: auth.resource }] : []),
    ...(auth.extraParams ?? []),
  ].map((e) => ({ ...e, enabled: true, send_as: 'request_body' }));
  const params: [string, string][] = [
    ['grant_type', grant],
    ['authUrl', auth.authUrl],
    ['accessTokenUrl', auth.tokenUrl],
    ['clientId', auth.clientId],
    ['clientSecret', auth.clientSecret],
    ['client_authentication', auth.clientAuth === 'body' ? 'body' : 'header'],
    ['scope', auth.scope],
    ['addTokenTo', auth.in === 'query' ? 'queryParams' : 'header'],
    ['headerPrefix', auth.prefix ?? 'Bearer'],
  ];
  if (auth.grant === 'password') params.push(['username', auth.username], ['password', auth.password]);
  if (auth.grant === 'authorization_code' || auth.grant === 'implicit') {
    params.push(auth.redirectUri ? ['redirect_uri', auth.redirectUri] : ['useBrowser', 'true']);
    if (auth.pkce && auth.grant === 'authorization_code') params.push(['challengeAlgorithm', 'S256']);
  }
  if (auth.accessToken) params.push(['accessToken', auth.accessToken]);
  if (extra.length) params.push(['tokenRequestParams', JSON.stringify(extra)]);
  return params.map(([key, value]) => ({ key, value, type: 'string' }));
}
