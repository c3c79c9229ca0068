import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDigestParams } from './digest';
import { startSandboxServer, type SandboxServer } from './testServer';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

const basic = (credentials: string) => `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;

describe('/sandbox/basic-auth/<user>/<pass>', () => {
  const path = '/sandbox/basic-auth/ada/s%C3%A9cret';

  it('challenges with 401 and WWW-Authenticate: Basic until the credentials are right', async () => {
    for (const authorization of [undefined, basic('ada:wrong'), basic('bob:sécret'), 'Basic !!!', 'Bearer x']) {
      const response = await fetch(sandbox.base + path, { headers: authorization ? { Authorization: authorization } : {} });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="[^"]+"/);
    }
  });

  it('answers 200 with the user for the right credentials (UTF-8 password from the path)', async () => {
    const response = await fetch(sandbox.base + path, { headers: { Authorization: basic('ada:sécret') } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ authenticated: true, user: 'ada' });
  });
});

describe('/sandbox/bearer', () => {
  it('challenges with 401 and WWW-Authenticate: Bearer without a token', async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer' }, { Authorization: basic('a:b') }];
    for (const headers of attempts) {
      const response = await fetch(`${sandbox.base}/sandbox/bearer`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    }
  });

  it('answers 200 with the token it received', async () => {
    const response = await fetch(`${sandbox.base}/sandbox/bearer`, { headers: { Authorization: 'Bearer abc.def-123' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ authenticated: true, token: 'abc.def-123' });
  });
});

/** A Digest client as RFC 7616 describes it, to answer the sandbox's challenge. */
function digestAnswer(challenge: string, opts: { user: string; pass: string; method: string; uri: string; algorithm?: string }) {
  const params = parseDigestParams(challenge.replace(/^Digest\s+/i, ''));
  const algorithm = opts.algorithm ?? params.algorithm ?? 'MD5';
  const hash = (text: string) => createHash(algorithm === 'SHA-256' ? 'sha256' : 'md5').update(text).digest('hex');
  const nc = '00000001';
  const cnonce = '0a4f113b';
  const ha1 = hash(`${opts.user}:${params.realm}:${opts.pass}`);
  const ha2 = hash(`${opts.method}:${opts.uri}`);
  const response = hash(`${ha1}:${params.nonce}:${nc}:${cnonce}:auth:${ha2}`);
  return {
    header:
      `Digest username="${opts.user}", realm="${params.realm}", nonce="${params.nonce}", uri="${opts.uri}", ` +
      `algorithm=${algorithm}, qop=auth, nc=${nc}, cnonce="${cnonce}", response="${response}", opaque="${params.opaque}"`,
    expectedRspauth: hash(`${ha1}:${params.nonce}:${nc}:${cnonce}:auth:${hash(`:${opts.uri}`)}`),
  };
}

describe('/sandbox/digest-auth/<user>/<pass>', () => {
  const uri = '/sandbox/digest-auth/grace/hopper';

  it('challenges with Digest MD5, qop=auth, a nonce and an opaque', async () => {
    const response = await fetch(sandbox.base + uri);
    expect(response.status).toBe(401);
    const challenge = response.headers.get('www-authenticate')!;
    expect(challenge).toMatch(/^Digest /);
    const params = parseDigestParams(challenge.slice(7));
    expect(params).toMatchObject({ realm: expect.any(String), qop: 'auth', algorithm: 'MD5', nonce: expect.any(String), opaque: expect.any(String) });
  });

  it('accepts a correct answer and proves itself with rspauth', async () => {
    const challenge = (await fetch(sandbox.base + uri)).headers.get('www-authenticate')!;
    const answer = digestAnswer(challenge, { user: 'grace', pass: 'hopper', method: 'GET', uri });
    const response = await fetch(sandbox.base + uri, { headers: { Authorization: answer.header } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ authenticated: true, user: 'grace' });
    expect(response.headers.get('authentication-info')).toContain(`rspauth="${answer.expectedRspauth}"`);
  });

  it('refuses a wrong password, another method or uri, and a forged nonce', async () => {
    const challenge = (await fetch(sandbox.base + uri)).headers.get('www-authenticate')!;
    const wrong = digestAnswer(challenge, { user: 'grace', pass: 'nope', method: 'GET', uri });
    expect((await fetch(sandbox.base + uri, { headers: { Authorization: wrong.header } })).status).toBe(401);
    const otherMethod = digestAnswer(challenge, { user: 'grace', pass: 'hopper', method: 'POST', uri });
    expect((await fetch(sandbox.base + uri, { headers: { Authorization: otherMethod.header } })).status).toBe(401);
    const otherUri = digestAnswer(challenge, { user: 'grace', pass: 'hopper', method: 'GET', uri: '/sandbox/anything' });
    expect((await fetch(sandbox.base + uri, { headers: { Authorization: otherUri.header } })).status).toBe(401);
    const forged = digestAnswer(challenge.replace(/nonce="[^"]+"/, 'nonce="MTIzOmFiYw"'), { user: 'grace', pass: 'hopper', method: 'GET', uri });
    const refused = await fetch(sandbox.base + uri, { headers: { Authorization: forged.header } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Digest /);
  });

  it('supports SHA-256 when asked, and refuses an MD5 answer to it', async () => {
    const path = `${uri}?algorithm=SHA-256`;
    const challenge = (await fetch(sandbox.base + path)).headers.get('www-authenticate')!;
    expect(challenge).toContain('algorithm=SHA-256');
    const good = digestAnswer(challenge, { user: 'grace', pass: 'hopper', method: 'GET', uri: path });
    expect((await fetch(sandbox.base + path, { headers: { Authorization: good.header } })).status).toBe(200);
    const md5 = digestAnswer(challenge, { user: 'grace', pass: 'hopper', method: 'GET', uri: path, algorithm: 'MD5' });
    expect((await fetch(sandbox.base + path, { headers: { Authorization: md5.header } })).status).toBe(401);
  });

  it('marks an old nonce stale=true and issues a fresh one', async () => {
    const challenge = (await fetch(sandbox.base + uri)).headers.get('www-authenticate')!;
    const answer = digestAnswer(challenge, { user: 'grace', pass: 'hopper', method: 'GET', uri });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 6 * 60 * 1000 });
    try {
      const response = await fetch(sandbox.base + uri, { headers: { Authorization: answer.header } });
      expect(response.status).toBe(401);
      const again = response.headers.get('www-authenticate')!;
      expect(again).toContain('stale=true');
      expect(parseDigestParams(again.slice(7)).nonce).not.toBe(parseDigestParams(challenge.slice(7)).nonce);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a nonce from another sandbox instance is not accepted', async () => {
    const other = await startSandboxServer();
    try {
      const challenge = (await fetch(other.base + uri)).headers.get('www-authenticate')!;
      const answer = digestAnswer(challenge, { user: 'grace', pass: 'hopper', method: 'GET', uri });
      expect((await fetch(other.base + uri, { headers: { Authorization: answer.header } })).status).toBe(200);
      expect((await fetch(sandbox.base + uri, { headers: { Authorization: answer.header } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
