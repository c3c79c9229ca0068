import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequest, type OAuth1Auth, type PreparedRequest, type RequestModel } from '../core/model';
import { prepareRequest } from '../core/prepare';
import { generateSnippet } from '../core/interop/codegen/generateSnippet';
import { NodeSender } from './relay/NodeSender';
import { SANDBOX_OAUTH1 } from './sandbox/oauth1';
import { startSandboxServer, type SandboxServer } from './sandbox/testServer';

/**
 * OAuth 1.0 signatures made by core.prepare, checked three ways: RFC 5849's own example, Python's
 * oauthlib (what requests-oauthlib signs with), and the sandbox, which recomputes with oauth-sign.
 */
const scopes = { globals: [], collection: [], environment: [] };
const oauth1 = (more: Partial<OAuth1Auth> = {}): OAuth1Auth => ({
  type: 'oauth1', signatureMethod: 'HMAC-SHA1', consumerKey: SANDBOX_OAUTH1.consumerKey, consumerSecret: SANDBOX_OAUTH1.consumerSecret,
  token: SANDBOX_OAUTH1.token, tokenSecret: SANDBOX_OAUTH1.tokenSecret, version: true, in: 'header', ...more,
});
const authorization = (p: PreparedRequest) => p.headers.find((h) => h.name === 'Authorization')?.value ?? '';
const signatureOf = (header: string) => decodeURIComponent(/oauth_signature="([^"]+)"/.exec(header)?.[1] ?? '');
const form = (fields: [string, string][]) => ({ ...newRequest().body, mode: 'urlencoded' as const, urlencoded: fields.map(([key, value], i) => ({ id: String(i), key, value, enabled: true })) });

describe('OAuth 1.0 signatures against RFC 5849 and oauthlib', () => {
  it('gives RFC 5849 §1.2’s signature for its photos example', async () => {
    const prepared = await prepareRequest(
      { ...newRequest(), url: 'http://photos.example.net/photos?file=vacation.jpg&size=original', auth: oauth1({ consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44', token: 'nnch734d00sl2jdk', tokenSecret: 'pfkkdhi9sl3r4s00', nonce: 'chapoH', timestamp: '137131202', realm: 'Photos', version: false }) },
      { scopes },
    );
    expect(authorization(prepared)).toBe('OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_nonce="chapoH", oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131202", oauth_token="nnch734d00sl2jdk", oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"');
  });

  const cases: { name: string; request: Partial<RequestModel>; auth: OAuth1Auth; body?: string }[] = [
    { name: 'a query with reserved and non-ASCII characters', request: { url: 'https://api.example.com:8443/v1/search?q=caf%C3%A9%20cr%C3%A8me&tags=a,b&tags=c%2Bd&empty=' }, auth: oauth1() },
    { name: 'a form body, which is signed too', request: { method: 'POST', url: 'http://example.com/status?x=1', body: form([['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'], ['include_entities', 'true']]) }, auth: oauth1(), body: 'status=Hello+Ladies+%2B+Gentlemen%2C+a+signed+OAuth+request%21&include_entities=true' },
    { name: 'HMAC-SHA256 with a callback and a verifier', request: { url: 'http://example.com/token' }, auth: oauth1({ signatureMethod: 'HMAC-SHA256', callback: 'http://127.0.0.1/cb?x=1', verifier: 'v 1' }) },
    { name: 'HMAC-SHA512 without a token (two-legged)', request: { url: 'http://example.com/r' }, auth: oauth1({ signatureMethod: 'HMAC-SHA512', token: '', tokenSecret: '' }) },
    { name: 'PLAINTEXT with secrets that need encoding', request: { url: 'http://example.com/r' }, auth: oauth1({ signatureMethod: 'PLAINTEXT', consumerSecret: 'a&b c', tokenSecret: 'é/=' }) },
  ];

  it.each(cases)('$name: the same signature as oauthlib', async ({ request, auth, body }) => {
    const fixed = { ...auth, nonce: 'n0nce1234', timestamp: '1700000000' };
    const prepared = await prepareRequest({ ...newRequest(), ...request, auth: fixed }, { scopes });
    const script = `
import json, sys
from oauthlib import oauth1
a = json.loads(sys.argv[1])
client = oauth1.Client(a['consumerKey'], client_secret=a['consumerSecret'], resource_owner_key=a['token'] or None, resource_owner_secret=a['tokenSecret'] or None,
  signature_method=a['signatureMethod'], nonce=a['nonce'], timestamp=a['timestamp'], callback_uri=a.get('callback'), verifier=a.get('verifier'))
headers = {'Content-Type': 'application/x-www-form-urlencoded'} if a['body'] else {}
uri, h, b = client.sign(a['url'], http_method=a['method'], body=a['body'], headers=headers)
print(h['Authorization'])
`;
    const unsignedUrl = prepared.url;
    const theirs = execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify({ ...fixed, url: unsignedUrl, method: prepared.method, body: body ?? null })], { encoding: 'utf8' }).trim();
    expect(signatureOf(authorization(prepared))).toBe(signatureOf(theirs));
    if (body) expect(new TextDecoder().decode(prepared.body!)).toBe(body);
  });

  it('code made from the request says the signature is one-time', async () => {
    const prepared = await prepareRequest({ ...newRequest(), url: 'http://example.com/r', auth: oauth1({ timestamp: '1700000000' }) }, { scopes });
    const code = await generateSnippet(prepared, 'python');
    expect(code.split('\n').slice(0, 2)).toEqual([
      '# OAuth 1.0 (HMAC-SHA1): the signature was made by Reqlab at 1700000000 with a one-time nonce for exactly',
      '# this request; a server refuses it once replayed or when the time is too old, so sign each send again (in Python: requests-oauthlib, OAuth1(...)).',
    ]);
  });

  it('puts the parameters in the query when asked, signed the same way', async () => {
    const prepared = await prepareRequest({ ...newRequest(), url: 'http://example.com/r?a=1', auth: oauth1({ in: 'query', nonce: 'abc', timestamp: '1700000000' }) }, { scopes });
    expect(authorization(prepared)).toBe('');
    expect(prepared.url).toMatch(/^http:\/\/example\.com\/r\?a=1&oauth_consumer_key=reqlab-consumer&oauth_nonce=abc&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1700000000&oauth_token=reqlab-token&oauth_version=1\.0&oauth_signature=[A-Za-z0-9%]+$/);
  });
});

describe('OAuth 1.0 against the sandbox (oauth-sign recomputes), sent by the relay’s sender', () => {
  let server: SandboxServer;
  beforeAll(async () => (server = await startSandboxServer()));
  afterAll(() => server.close());
  const send = async (prepared: PreparedRequest) => {
    const record = await new NodeSender().send(prepared, new AbortController().signal);
    return { status: record.status, headers: record.headers, json: JSON.parse(new TextDecoder().decode(record.body)) as Record<string, unknown> };
  };
  const prepare = (auth: OAuth1Auth, more: Partial<RequestModel> = {}) => prepareRequest({ ...newRequest(), url: `${server.base}/sandbox/oauth1/photos?size=original&file=vacation.jpg`, auth, ...more }, { scopes });

  it('accepts a header, the query, a form body, HMAC-SHA256 and PLAINTEXT; refuses another secret and a replay', async () => {
    const ok = await prepare(oauth1());
    expect((await send(ok)).json).toMatchObject({ authenticated: true, signatureMethod: 'HMAC-SHA1', in: 'header' });
    const replay = await send(ok);
    expect(replay.status).toBe(401);
    expect(replay.json.oauth_problem).toBe('nonce_used');
    expect((await send(await prepare(oauth1({ in: 'query' })))).json).toMatchObject({ authenticated: true, in: 'query' });
    expect((await send(await prepare(oauth1(), { method: 'POST', body: form([['title', 'Émile & co']]) }))).json).toMatchObject({ authenticated: true });
    expect((await send(await prepare(oauth1({ signatureMethod: 'HMAC-SHA256' })))).json).toMatchObject({ authenticated: true, signatureMethod: 'HMAC-SHA256' });
    expect((await send(await prepare(oauth1({ signatureMethod: 'PLAINTEXT' })))).json).toMatchObject({ authenticated: true });
    const wrong = await send(await prepare(oauth1({ consumerSecret: 'guess' })));
    expect(wrong.status).toBe(401);
    expect(wrong.json.oauth_problem).toBe('signature_invalid');
    expect(wrong.headers.find(([n]) => n.toLowerCase() === 'www-authenticate')?.[1]).toBe('OAuth realm="reqlab-sandbox", oauth_problem="signature_invalid"');
  });
});
