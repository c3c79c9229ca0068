import { describe, expect, it } from 'vitest';
import type { RequestItem } from '../../model';
import { importAny } from '../importAny';

const spec = (schemes: string, security: string) => `openapi: 3.0.3
info: { title: Store, version: '1' }
servers: [{ url: 'https://api.example.com' }]
paths:
  /orders:
    get:
      security: ${security}
      responses: { '200': { description: ok } }
components:
  securitySchemes:
${schemes}
`;

const authOf = (text: string) => {
  const r = importAny(text, 'store.yaml');
  return { auth: (r.collections[0]!.items[0] as RequestItem).request.auth, notes: r.report.notes.map((n) => n.reason), variables: r.collections[0]!.variables.map((v) => [v.key, v.secret]) };
};

describe('OpenAPI OAuth 2.0 security', () => {
  it('becomes a configuration Reqlab gets tokens with: the flow’s endpoints and the operation’s scopes', () => {
    const { auth, notes, variables } = authOf(spec(
      `    oauth:
      type: oauth2
      flows:
        clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { 'orders:read': read, 'orders:write': write } }
        authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: {} }`,
      '[{ oauth: [orders:read] }]',
    ));
    expect(auth).toEqual({
      type: 'oauth2', grant: 'authorization_code', authUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token',
      clientId: '{{clientId}}', clientSecret: '', clientAuth: 'basic', scope: 'orders:read', redirectUri: '', pkce: true, username: '', password: '', in: 'header',
    });
    expect(notes).toEqual([]);
    expect(variables).toContainEqual(['clientId', false]);
  });

  it('keeps an implicit-only scheme implicit, for the old servers that have only that', () => {
    const { auth, notes } = authOf(spec(
      `    petstore_auth:
      type: oauth2
      flows:
        implicit: { authorizationUrl: 'http://petstore.example/oauth/dialog', scopes: { 'write:pets': w } }`,
      "[{ petstore_auth: ['write:pets', 'read:pets'] }]",
    ));
    expect(auth).toMatchObject({ type: 'oauth2', grant: 'implicit', authUrl: 'http://petstore.example/oauth/dialog', tokenUrl: '', clientSecret: '', scope: 'write:pets read:pets' });
    expect(notes).toEqual([]);
  });
});
