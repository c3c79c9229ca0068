import Hawk from 'hawk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequest, type Auth, type PreparedRequest, type RequestModel } from '../core/model';
import { prepareRequest, PrepareError } from '../core/prepare';
import { generateSnippet } from '../core/interop/codegen/generateSnippet';
import { NodeSender } from './relay/NodeSender';
import { SANDBOX_HAWK } from './sandbox/hawk';
import { startSandboxServer, type SandboxServer } from './sandbox/testServer';

/**
 * Hawk headers made by core.prepare (WebCrypto) are compared with the `hawk` package's own client,
 * then checked by its server side in the sandbox route, sent by the relay's sender.
 */
const scopes = { globals: [], collection: [], environment: [] };
const hawk = (more: Partial<Extract<Auth, { type: 'hawk' }>> = {}): Extract<Auth, { type: 'hawk' }> => ({ type: 'hawk', authId: SANDBOX_HAWK.id, authKey: SANDBOX_HAWK.key, algorithm: 'sha256', ...more });
const authorization = (p: PreparedRequest) => p.headers.find((h) => h.name === 'Authorization')?.value;

describe('Hawk header made by prepare, compared with the hawk package\'s client', () => {
  const cases: { name: string; request: Partial<RequestModel>; auth: Extract<Auth, { type: 'hawk' }>; payload?: string; contentType?: string }[] = [
    { name: 'GET with a query on a non-default port', request: { url: 'http://example.com:8000/resource/1?b=1&a=2' }, auth: hawk({ extraData: 'some-app-data' }) },
    { name: 'sha1 on https with the default port', request: { url: 'https://example.net/v1/items' }, auth: hawk({ algorithm: 'sha1' }) },
    { name: 'app and delegation', request: { url: 'http://example.com/x', method: 'DELETE' }, auth: hawk({ app: 'app-1', delegation: 'dlg-2' }) },
    {
      name: 'POST with a payload hash of a JSON body (media type without its parameters)',
      request: { url: 'http://example.com/books', method: 'POST', body: { ...newRequest().body, mode: 'json', raw: '{"title":"Émile"}' } },
      auth: hawk({ includePayloadHash: true }),
      payload: '{"title":"Émile"}',
      contentType: 'application/json',
    },
  ];
  it.each(cases)('$name: the same header, byte for byte', async ({ request, auth, payload, contentType }) => {
    const fixed = { ...auth, nonce: 'j4h3g2', timestamp: '1353832234' };
    const prepared = await prepareRequest({ ...newRequest(), ...request, auth: fixed }, { scopes });
    const theirs = Hawk.client.header(prepared.url, prepared.method, {
      credentials: { id: auth.authId, key: auth.authKey, algorithm: auth.algorithm },
      timestamp: 1353832234,
      nonce: 'j4h3g2',
      ...(auth.extraData ? { ext: auth.extraData } : {}),
      ...(auth.app ? { app: auth.app } : {}),
      ...(auth.delegation ? { dlg: auth.delegation } : {}),
      ...(payload !== undefined ? { payload, contentType: contentType! } : {}),
    });
    expect(authorization(prepared)).toBe(theirs.header);
  });

  it('makes a fresh nonce and time for each send when they are left empty', async () => {
    const request = { ...newRequest(), url: 'http://example.com/', auth: hawk() };
    const a = authorization(await prepareRequest(request, { scopes, now: () => 1_700_000_000_000 }))!;
    const b = authorization(await prepareRequest(request, { scopes, now: () => 1_700_000_000_000 }))!;
    expect(a).toMatch(/ts="1700000000", nonce="[A-Za-z0-9]{6}"/);
    expect(a.match(/nonce="(\w+)"/)![1]).not.toBe(b.match(/nonce="(\w+)"/)![1]);
  });

  it('names the field to fix: no ID, no key, a timestamp that is not seconds, a quote in ext', async () => {
    const fails = async (auth: Auth) => (await prepareRequest({ ...newRequest(), url: 'http://example.com/', auth }, { scopes }).catch((e: unknown) => e)) as PrepareError;
    expect((await fails(hawk({ authId: '' }))).field).toBe('auth.authId');
    expect((await fails(hawk({ authKey: '' }))).field).toBe('auth.authKey');
    const ts = await fails(hawk({ timestamp: 'yesterday' }));
    expect(ts).toBeInstanceOf(PrepareError);
    expect(ts.message).toBe('Hawk\'s timestamp must be whole seconds since 1970, not "yesterday".');
    expect((await fails(hawk({ extraData: 'say "hi"' }))).field).toBe('auth.extraData');
  });

  it('code made from the request says the MAC is one-time', async () => {
    const prepared = await prepareRequest({ ...newRequest(), url: 'http://example.com/', auth: hawk({ timestamp: '1353832234' }) }, { scopes });
    const code = await generateSnippet(prepared, 'python');
    expect(code.split('\n').slice(0, 2)).toEqual([
      '# Hawk (sha256): the Authorization header is a MAC made by Reqlab at ts 1353832234 with a one-time nonce;',
      '# a server refuses it once replayed or after about a minute, so make a new one for each send (in Python: the mohawk package, or requests-hawk).',
    ]);
  });
});

describe('Hawk against the sandbox (the hawk package\'s server side), sent by the relay\'s sender', () => {
  let server: SandboxServer;
  beforeAll(async () => (server = await startSandboxServer()));
  afterAll(() => server.close());

  async function prepare(auth: Auth, more: Partial<RequestModel> = {}) {
    return prepareRequest({ ...newRequest(), url: `${server.base}/sandbox/hawk/books?page=2`, auth, ...more }, { scopes });
  }
  async function send(prepared: PreparedRequest) {
    const record = await new NodeSender().send(prepared, new AbortController().signal);
    return { status: record.status, headers: record.headers, json: JSON.parse(new TextDecoder().decode(record.body)) as Record<string, unknown> };
  }

  it('accepts sha256, sha1 and a payload hash; refuses a replay, another key, a changed body and a stale time', async () => {
    const ok = await prepare(hawk({ extraData: 'from-reqlab' }));
    expect((await send(ok)).json).toMatchObject({ authenticated: true, message: 'Hawk Authentication Successful', algorithm: 'sha256', ext: 'from-reqlab', payloadVerified: false });
    const replay = await send(ok);
    expect(replay.status).toBe(401);
    expect(replay.json.message).toBe('Invalid nonce');

    expect((await send(await prepare(hawk({ authId: SANDBOX_HAWK.sha1Id, algorithm: 'sha1' })))).json).toMatchObject({ authenticated: true, algorithm: 'sha1' });

    const body = { ...newRequest().body, mode: 'json' as const, raw: '{"title":"Émile"}' };
    const hashed = await prepare(hawk({ includePayloadHash: true }), { method: 'POST', body });
    expect((await send(hashed)).json).toMatchObject({ authenticated: true, payloadVerified: true });
    const changed = await prepare(hawk({ includePayloadHash: true }), { method: 'POST', body });
    const tampered = await send({ ...changed, body: new TextEncoder().encode('{"title":"Emile"}') });
    expect(tampered.status).toBe(401);
    expect(tampered.json.message).toBe('Bad payload hash');

    const wrongKey = await send(await prepare(hawk({ authKey: 'guess' })));
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.json.message).toBe('Bad mac');
    expect(wrongKey.headers.find(([name]) => name.toLowerCase() === 'www-authenticate')?.[1]).toMatch(/^Hawk/);

    const stale = await send(await prepare(hawk({ timestamp: String(Math.floor(Date.now() / 1000) - 120) })));
    expect(stale.status).toBe(401);
    expect(stale.json.message).toBe('Stale timestamp');
  });
});
