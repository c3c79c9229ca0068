import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_ALGORITHMS, newRequest, type Auth, type JwtAlgorithm, type RequestModel } from '../core/model';
import { prepareRequest, PrepareError } from '../core/prepare';
import { generateSnippet } from '../core/interop/codegen/generateSnippet';
import { NodeSender } from './relay/NodeSender';
import { SANDBOX_JWT_SECRET, verifyJws } from './sandbox/jwt';
import { startSandboxServer, type SandboxServer } from './sandbox/testServer';

/**
 * Tokens signed by core.prepare (jose) and checked by node:crypto alone (the sandbox's verifier),
 * so two implementations agree; then sent by the relay's sender to the sandbox route.
 */
const scopes = { globals: [], collection: [], environment: [] };
const jwt = (more: Partial<Extract<Auth, { type: 'jwt' }>>): Auth => ({ type: 'jwt', algorithm: 'HS256', secret: SANDBOX_JWT_SECRET, privateKey: '', payload: '{"sub":"ada"}', header: '', in: 'header', ...more });
const withAuth = (auth: Auth, url = 'http://127.0.0.1:1/sandbox/jwt/me'): RequestModel => ({ ...newRequest(), url, auth });
const pem = { type: 'pkcs8', format: 'pem' } as const;

function tokenOf(authorization: string | undefined): string {
  return (authorization ?? '').replace(/^Bearer /, '');
}

describe('JWT bearer signed by prepare, checked by node:crypto', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec: Record<string, { privateKey: KeyObject; publicKey: KeyObject }> = {
    ES256: generateKeyPairSync('ec', { namedCurve: 'P-256' }),
    ES384: generateKeyPairSync('ec', { namedCurve: 'P-384' }),
    ES512: generateKeyPairSync('ec', { namedCurve: 'P-521' }),
  };
  const keysFor = (alg: JwtAlgorithm) => (alg.startsWith('HS') ? { privateKey: '', check: Buffer.from('s3cr3t') } : alg.startsWith('ES') ? { privateKey: ec[alg]!.privateKey.export(pem) as string, check: ec[alg]!.publicKey } : { privateKey: rsa.privateKey.export(pem) as string, check: rsa.publicKey });

  it.each(JWT_ALGORITHMS)('%s: the signature verifies, the claims and header are as written, and another key is refused', async (alg) => {
    const { privateKey, check } = keysFor(alg);
    const auth = jwt({ algorithm: alg, secret: 's3cr3t', privateKey, payload: '{ "sub": "{{user}}", "admin": true }', header: '{"kid":"k1"}' });
    const prepared = await prepareRequest(withAuth(auth), { scopes: { ...scopes, globals: [{ key: 'user', value: 'ada', enabled: true }] } as never });
    const token = tokenOf(prepared.headers.find((h) => h.name === 'Authorization')?.value);
    const result = verifyJws(token, () => check);
    expect(result).toEqual({ valid: true, header: { alg, kid: 'k1', typ: 'JWT' }, payload: { sub: 'ada', admin: true } });
    const other = alg.startsWith('HS') ? Buffer.from('other') : alg.startsWith('ES') ? generateKeyPairSync('ec', { namedCurve: ({ ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' } as const)[alg as 'ES256'] }).publicKey : generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    expect(verifyJws(token, () => other)).toMatchObject({ valid: false, code: 'bad_signature' });
  });

  it('puts the token in the query when asked, with a base64 secret', async () => {
    const prepared = await prepareRequest(withAuth(jwt({ secret: Buffer.from('binary\u0000key').toString('base64'), secretBase64: true, in: 'query', queryKey: 'access_token' })), { scopes });
    const token = new URL(prepared.url).searchParams.get('access_token')!;
    expect(verifyJws(token, () => Buffer.from('binary\u0000key'))).toMatchObject({ valid: true });
    expect(prepared.headers.some((h) => h.name === 'Authorization')).toBe(false);
  });

  it('names the field to fix: a payload that is not JSON, an array, no secret, a key of the wrong kind', async () => {
    const fails = async (auth: Auth) => {
      const e = await prepareRequest(withAuth(auth), { scopes }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(PrepareError);
      return e as PrepareError;
    };
    expect((await fails(jwt({ payload: '{"sub": ada}' }))).message).toMatch(/^The JWT payload is not JSON: /);
    expect((await fails(jwt({ payload: '[1]' }))).message).toBe('The JWT payload must be a JSON object ({ … }), not an array.');
    expect((await fails(jwt({ secret: '' }))).field).toBe('auth.secret');
    const wrong = await fails(jwt({ algorithm: 'ES256', privateKey: rsa.privateKey.export(pem) as string }));
    expect(wrong.field).toBe('auth.privateKey');
    expect(wrong.message).toMatch(/must be an EC key on the curve ES256 uses, in PKCS #8 PEM/);
  });

  it('code made from the request says who signed the token and when it expires', async () => {
    const prepared = await prepareRequest(withAuth(jwt({ payload: '{"exp": 1893456000}' })), { scopes });
    const code = await generateSnippet(prepared, 'python');
    expect(code.split('\n')[0]).toBe('# JWT bearer: the token was signed by Reqlab (HS256); it expires at 2030-01-01T00:00:00.000Z (its exp claim). To sign it in Python: PyJWT, jwt.encode(payload, key, algorithm=…).');
  });
});

describe('JWT bearer against the sandbox, sent by the relay\'s sender', () => {
  let server: SandboxServer;
  beforeAll(async () => (server = await startSandboxServer()));
  afterAll(() => server.close());

  async function send(auth: Auth, path = '/sandbox/jwt/me') {
    const prepared = await prepareRequest(withAuth(auth, server.base + path), { scopes });
    const record = await new NodeSender().send(prepared, new AbortController().signal);
    return { status: record.status, headers: record.headers, json: JSON.parse(new TextDecoder().decode(record.body)) as Record<string, unknown> };
  }

  it('accepts HS256 with its secret and ES256 / PS256 with its demo keys, and refuses another secret, an expired token and none', async () => {
    const ok = await send(jwt({ payload: '{"sub":"ada","exp": {{$timestamp}}0}' }));
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ authenticated: true, alg: 'HS256', claims: { sub: 'ada' } });

    const keys = (await send({ type: 'none' }, '/sandbox/jwt/keys')).json as { privateKeys: Record<string, string> };
    expect((await send(jwt({ algorithm: 'ES256', privateKey: keys.privateKeys.ES256! }))).json).toMatchObject({ authenticated: true, alg: 'ES256' });
    expect((await send(jwt({ algorithm: 'PS256', privateKey: keys.privateKeys['RS*/PS*']!, in: 'query' }))).json).toMatchObject({ authenticated: true, alg: 'PS256' });

    const wrong = await send(jwt({ secret: 'guess' }));
    expect(wrong.status).toBe(401);
    expect(wrong.json.code).toBe('bad_signature');
    expect(wrong.headers.find(([name]) => name.toLowerCase() === 'www-authenticate')?.[1]).toMatch(/^Bearer error="invalid_token"/);
    expect((await send(jwt({ payload: '{"exp": 1000}' }))).json).toMatchObject({ code: 'expired' });
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`;
    expect((await send({ type: 'bearer', token: none })).json).toMatchObject({ code: 'unsupported_alg' });
  });
});
