import { describe, expect, it } from 'vitest';
import { importAny } from '../importAny';
import { exportPostmanCollection } from './exportCollection';

/** A request with Postman's OAuth 2.0 params, in the shape Postman writes them (booleans as booleans). */
function collection(params: Record<string, unknown>) {
  return JSON.stringify({
    info: { name: 'My API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'Me', request: { url: 'https://api.example.com/me', auth: { type: 'oauth2', oauth2: Object.entries(params).map(([key, value]) => ({ key, value, type: typeof value })) } } }],
  });
}

const firstAuth = (text: string) => {
  const r = importAny(text);
  const item = r.collections[0]!.items[0]!;
  if (item.kind !== 'request') throw new Error('expected a request');
  return { auth: item.request.auth, notes: r.report.notes, collection: r.collections[0]! };
};

describe('Postman OAuth 2.0 settings', () => {
  it('import into a configuration Reqlab can get a token with, and export back to the same settings', () => {
    const { auth, notes, collection: imported } = firstAuth(
      collection({
        grant_type: 'authorization_code_with_pkce', authUrl: 'https://example.com/authorize', accessTokenUrl: 'https://example.com/token',
        clientId: 'my-app', clientSecret: '{{secret}}', client_authentication: 'body', scope: 'read write', useBrowser: true,
        redirect_uri: 'https://oauth.pstmn.io/v1/browser-callback', challengeAlgorithm: 'S256', addTokenTo: 'header', headerPrefix: 'Token',
        tokenRequestParams: [{ key: 'audience', value: 'https://api.example.com', enabled: true }, { key: 'prompt', value: 'consent', enabled: true }, { key: 'off', value: 'x', enabled: false }],
      }),
    );
    expect(auth).toEqual({
      type: 'oauth2', grant: 'authorization_code', authUrl: 'https://example.com/authorize', tokenUrl: 'https://example.com/token', clientId: 'my-app',
      clientSecret: '{{secret}}', clientAuth: 'body', scope: 'read write', redirectUri: '', pkce: true, username: '', password: '', in: 'header',
      audience: 'https://api.example.com', extraParams: [{ key: 'prompt', value: 'consent' }], prefix: 'Token',
    });
    expect(notes).toEqual([]);
    const again = firstAuth(JSON.stringify(exportPostmanCollection(imported)));
    expect(again.auth).toEqual(auth);
  });

  it('says what changes: an unknown grant, Postman’s own callback page, plain PKCE; the implicit grant stays implicit', () => {
    const implicit = firstAuth(collection({ grant_type: 'implicit', authUrl: 'https://example.com/authorize', redirect_uri: 'https://oauth.pstmn.io/v1/callback' }));
    expect(implicit.auth).toMatchObject({ type: 'oauth2', grant: 'implicit', pkce: false, redirectUri: '' });
    expect(implicit.notes.map((n) => n.reason)).toEqual(['OAuth 2.0: Postman’s callback URL is replaced by Reqlab’s own /oauth/callback, which must be registered with the server']);
    const unknown = firstAuth(collection({ grant_type: 'device_code', authUrl: 'https://example.com/authorize' }));
    expect(unknown.auth).toMatchObject({ grant: 'authorization_code', pkce: true });
    expect(unknown.notes.map((n) => n.reason)).toEqual(['OAuth 2.0: the device_code grant is not one Reqlab knows; it becomes the authorization code grant with PKCE, which the server must allow']);
    const password = firstAuth(collection({ grant_type: 'password_credentials', accessTokenUrl: 'https://example.com/token', username: 'ada', password: 'pw', addTokenTo: 'queryParams' }));
    expect(password.auth).toMatchObject({ grant: 'password', username: 'ada', password: 'pw', in: 'query' });
    const plain = firstAuth(collection({ grant_type: 'authorization_code_with_pkce', challengeAlgorithm: 'plain' }));
    expect(plain.notes.map((n) => n.reason)).toEqual(['OAuth 2.0: PKCE uses S256, not plain']);
  });
});
