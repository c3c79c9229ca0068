import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRequest, newRequestBody, type Auth, type RequestModel } from '../core/model';
import { prepareRequest } from '../core/prepare';
import { withUrl } from '../core/url';
import { NodeSender } from './relay/NodeSender';
import { SANDBOX_AWS } from './sandbox/awsSigV4';
import { startServer, type RunningServer } from './startServer';

/**
 * Requests signed by core.prepare (AWS's own signer), sent by the relay's sender, checked by the
 * sandbox, which recomputes the signature with aws4 (Postman's signer): two implementations agree.
 */
let server: RunningServer;
let base: string;
beforeAll(async () => {
  server = await startServer({ port: 0, distDir: null });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const scopes = { globals: [], collection: [], environment: [] };
const aws = (more: Partial<Extract<Auth, { type: 'awsv4' }>> = {}): Auth => ({ type: 'awsv4', accessKey: SANDBOX_AWS.accessKey, secretKey: SANDBOX_AWS.secretKey, region: 'eu-west-1', service: 'execute-api', ...more });

async function send(request: RequestModel, now?: number, tamper?: (body: Uint8Array) => Uint8Array) {
  const prepared = await prepareRequest(request, { scopes, ...(now !== undefined ? { now: () => now } : {}) });
  if (tamper && prepared.body) prepared.body = tamper(prepared.body);
  const record = await new NodeSender().send(prepared, new AbortController().signal);
  return { status: record.status, json: JSON.parse(new TextDecoder().decode(record.body)) as Record<string, unknown> };
}

describe('AWS Signature v4 against the sandbox', () => {
  it('is accepted for a GET with a query and a path to encode, and a JSON POST with a session token', async () => {
    const get = await send(withUrl(newRequest({ method: 'GET', auth: aws() }), `${base}/sandbox/aws/books/a b?author=Le Guin&b=2&a=1`));
    expect(get).toMatchObject({ status: 200, json: { authenticated: true, region: 'eu-west-1', service: 'execute-api' } });
    const post = await send(
      withUrl(newRequest({ method: 'POST', auth: aws({ sessionToken: 'session/token+1=', service: 's3' }), body: newRequestBody({ mode: 'json', raw: '{"title":"Dune"}' }) }), `${base}/sandbox/aws/books`),
    );
    expect(post).toMatchObject({ status: 200, json: { authenticated: true, service: 's3', bodyBytes: 16 } });
    expect(post.json.signedHeaders).toEqual(expect.arrayContaining(['content-type', 'host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-security-token']));
  });

  it('is refused as AWS refuses it: a changed body, a wrong secret or key, a clock 20 minutes off', async () => {
    const post = (auth: Auth) => withUrl(newRequest({ method: 'POST', auth, body: newRequestBody({ mode: 'text', raw: 'hello' }) }), `${base}/sandbox/aws/notes`);
    const changed = await send(post(aws()), undefined, (b) => new Uint8Array([...b].map((x, i) => (i === 0 ? x ^ 1 : x))));
    expect(changed).toMatchObject({ status: 403, json: { code: 'SignatureDoesNotMatch' } });
    expect(String(changed.json.canonicalRequest)).toContain('POST\n/sandbox/aws/notes');
    expect((await send(post(aws({ secretKey: 'not-the-secret' })))).json.code).toBe('SignatureDoesNotMatch');
    expect((await send(post(aws({ accessKey: 'SOMEONEELSE' })))).json.code).toBe('InvalidClientTokenId');
    expect((await send(post(aws()), Date.now() - 20 * 60 * 1000)).json.code).toBe('RequestTimeTooSkewed');
    expect((await send(post({ type: 'none' }))).json.code).toBe('MissingAuthenticationToken');
  });
});
