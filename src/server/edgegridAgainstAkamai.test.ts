import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequest, type EdgeGridAuth, type PreparedRequest, type RequestModel } from '../core/model';
import { prepareRequest } from '../core/prepare';
import { generateSnippet } from '../core/interop/codegen/generateSnippet';
import { NodeSender } from './relay/NodeSender';
import { akamaiAuth } from './sandbox/akamaiEdgeGrid';
import { SANDBOX_EDGEGRID } from './sandbox/edgegrid';
import { startSandboxServer, type SandboxServer } from './sandbox/testServer';

/**
 * EdgeGrid headers made by core.prepare, checked against Akamai's own Node signer
 * (akamai-edgegrid's generateAuth) byte for byte, then end to end against the sandbox.
 */
const scopes = { globals: [], collection: [], environment: [] };
const edgegrid = (more: Partial<EdgeGridAuth> = {}): EdgeGridAuth => ({ type: 'edgegrid', ...SANDBOX_EDGEGRID, ...more });
const authorization = (p: PreparedRequest) => p.headers.find((h) => h.name === 'Authorization')?.value ?? '';
const raw = (text: string) => ({ ...newRequest().body, mode: 'json' as const, raw: text });
const header = (name: string, value: string) => ({ id: name, key: name, value, enabled: true });

describe('Akamai EdgeGrid signatures against akamai-edgegrid', () => {
  const nonce = 'ec9d20ee-1e9b-4c1f-925a-f0017754f86c';
  const timestamp = '20260707T10:28:15+0000';
  const host = 'https://akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net';
  const long = JSON.stringify({ items: Array.from({ length: 20000 }, (_, i) => `item-${i}`) });
  const cases: { name: string; request: Partial<RequestModel>; auth: EdgeGridAuth; headersToSign?: Record<string, string>; body?: string }[] = [
    { name: 'a GET with a query', request: { url: `${host}/papi/v1/groups?contractId=ctr_1-ABC&x=caf%C3%A9` }, auth: edgegrid({ nonce, timestamp }) },
    { name: 'a POST with a JSON body, which is hashed', request: { method: 'POST', url: `${host}/config-dns/v2/zones`, body: raw('{"zone":"example.com","type":"primary"}') }, auth: edgegrid({ nonce, timestamp }), body: '{"zone":"example.com","type":"primary"}' },
    { name: 'a POST body longer than the limit, of which 131072 bytes are hashed', request: { method: 'POST', url: `${host}/bulk`, body: raw(long) }, auth: edgegrid({ nonce, timestamp }), body: long },
    {
      name: 'headers to sign, their values trimmed and spaces folded',
      request: { method: 'PUT', url: `${host}/ccu/v3/invalidate`, headers: [header('X-Custom', '  a   b '), header('X-Other', 'c')] },
      auth: edgegrid({ nonce, timestamp, headersToSign: 'X-Custom, X-Other' }),
      headersToSign: { 'X-Custom': '  a   b ', 'X-Other': 'c' },
    },
  ];

  it.each(cases)('$name: byte-equal to Akamai’s header', async ({ request, auth, headersToSign, body }) => {
    const prepared = await prepareRequest({ ...newRequest(), ...request, auth }, { scopes });
    const url = new URL(prepared.url);
    const theirs = akamaiAuth.generateAuth(
      { path: url.pathname + url.search, method: prepared.method, headers: {}, ...(headersToSign ? { headersToSign } : {}), ...(body !== undefined ? { body } : {}) },
      auth.clientToken, auth.clientSecret, auth.accessToken, host, undefined, nonce, timestamp,
    );
    expect(authorization(prepared)).toBe(theirs.headers.Authorization);
    expect(prepared.edgeGridSignature).toEqual({ timestamp });
  });

  it('names the missing field', async () => {
    await expect(prepareRequest({ ...newRequest(), url: `${host}/x`, auth: edgegrid({ clientSecret: '' }) }, { scopes })).rejects.toThrow('Akamai EdgeGrid needs the client secret from your .edgerc file or API client.');
  });

  describe('end to end against the sandbox, which recomputes with Akamai’s signer', () => {
    let server: SandboxServer;
    beforeAll(async () => {
      server = await startSandboxServer();
    });
    afterAll(() => server.close());
    const send = async (request: Partial<RequestModel>, auth: EdgeGridAuth) => {
      const prepared = await prepareRequest({ ...newRequest(), ...request, auth }, { scopes });
      const record = await new NodeSender().send(prepared, new AbortController().signal);
      return { prepared, status: record.status, json: JSON.parse(new TextDecoder().decode(record.body)) as Record<string, unknown> };
    };

    it('a GET and a POST are accepted; another secret, a replay and an old time are refused', async () => {
      const get = await send({ url: `${server.base}/sandbox/edgegrid/papi/v1/groups?contractId=ctr_1` }, edgegrid());
      expect(get).toMatchObject({ status: 200, json: { authenticated: true, message: 'EdgeGrid signature verified' } });
      const post = await send({ method: 'POST', url: `${server.base}/sandbox/edgegrid/zones`, body: raw('{"zone":"example.com"}') }, edgegrid());
      expect(post.status).toBe(200);
      const wrong = await send({ url: `${server.base}/sandbox/edgegrid/x` }, edgegrid({ clientSecret: 'another' }));
      expect(wrong).toMatchObject({ status: 401, json: { detail: 'The signature does not match the request: another client secret, or a part of the request that changed after signing.' } });
      const fixed = edgegrid({ nonce: 'one-nonce', timestamp: new Date().toISOString().replace(/[-]|\.\d+Z$/g, '').replace(/(\d{8})T/, '$1T') + '+0000' });
      expect((await send({ url: `${server.base}/sandbox/edgegrid/y` }, fixed)).status).toBe(200);
      expect((await send({ url: `${server.base}/sandbox/edgegrid/y` }, fixed)).json.detail).toBe('This nonce was already used: the request was replayed.');
      const old = await send({ url: `${server.base}/sandbox/edgegrid/y` }, edgegrid({ timestamp }));
      expect(old.json.detail).toBe("The timestamp is more than 300 s from the sandbox's clock.");
    });

    it('generated code says the signature is for one send', async () => {
      const { prepared } = await send({ url: `${server.base}/sandbox/edgegrid/z` }, edgegrid());
      const code = await generateSnippet(prepared, 'python');
      expect(code).toContain(`# Akamai EdgeGrid: the signature was made by Reqlab at ${prepared.edgeGridSignature!.timestamp} with a one-time nonce`);
      expect(code).toContain('edgegrid-python');
    });
  });
});
