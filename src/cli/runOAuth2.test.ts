import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandboxServer } from '../server/sandbox/testServer';
import { fixtureDir, reqlab } from './oracle/harness';

const tests = (code: string) => [{ listen: 'test', script: { exec: code.split('\n') } }];

function oauthCollection(dir: string, name: string, params: Record<string, string>): string {
  const file = join(dir, `${name}.postman_collection.json`);
  writeFileSync(file, JSON.stringify({
    info: { name, schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    auth: { type: 'oauth2', oauth2: Object.entries(params).map(([key, value]) => ({ key, value, type: 'string' })) },
    item: ['First', 'Second'].map((n) => ({
      name: n,
      request: '{{base}}/sandbox/oauth/resource',
      event: tests("pm.test('the token opens it', () => pm.response.to.have.status(200));\npm.test('for this client', () => pm.expect(pm.response.json().client).to.equal('reqlab-app'));"),
    })),
  }));
  return file;
}

describe('reqlab run with OAuth 2.0', () => {
  let sandbox: SandboxServer;
  const { dir } = fixtureDir();
  beforeAll(async () => (sandbox = await startSandboxServer(undefined, { record: true })));
  afterAll(() => sandbox.close());

  it('performs the client credentials grant itself, once, and every request is let in', async () => {
    const file = oauthCollection(dir, 'Client credentials', {
      grant_type: 'client_credentials', accessTokenUrl: '{{base}}/sandbox/oauth/token', clientId: 'reqlab-app', clientSecret: '{{secret}}', scope: 'books:read', client_authentication: 'header',
    });
    const r = await reqlab(['run', file, '--env-var', `base=${sandbox.base}`, '--env-var', 'secret=reqlab-secret']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 requests, 4/4 tests passed');
    const tokenRequests = sandbox.received.filter((q) => q.target === '/sandbox/oauth/token');
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]!.body.toString()).toBe('scope=books%3Aread&grant_type=client_credentials');
  });

  it('performs the password grant, and a wrong secret fails the run with the server’s reason', async () => {
    const params = { grant_type: 'password_credentials', accessTokenUrl: '{{base}}/sandbox/oauth/token', clientId: 'reqlab-app', clientSecret: '{{secret}}', username: 'ada', password: 'lovelace', client_authentication: 'body' };
    const ok = await reqlab(['run', oauthCollection(dir, 'Password', params), '--env-var', `base=${sandbox.base}`, '--env-var', 'secret=reqlab-secret']);
    expect(ok.code).toBe(0);
    const wrong = await reqlab(['run', oauthCollection(dir, 'Password', params), '--env-var', `base=${sandbox.base}`, '--env-var', 'secret=guess']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('"Password / First": OAuth 2.0: the server refused the token request (HTTP 400): invalid_client, “Invalid client: client is invalid”.');
  });

  it('refuses the authorization code grant, which needs a person in a browser, with a clear message', async () => {
    const file = oauthCollection(dir, 'Code', { grant_type: 'authorization_code_with_pkce', authUrl: '{{base}}/sandbox/oauth/authorize', accessTokenUrl: '{{base}}/sandbox/oauth/token', clientId: 'reqlab-public' });
    const r = await reqlab(['run', file, '--env-var', `base=${sandbox.base}`]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"Code / First": OAuth 2.0: the authorization code grant needs a person to sign in in a browser, which reqlab run cannot do.');
  });
});
