import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_PATH, RELAY_TOKEN_HEADER, decodeFrame, type RelayRefusal } from '../../core/relay/protocol';
import { startServer, type RunningServer } from '../startServer';
import { startUpstream, type Upstream } from '../testkit/upstream';
import { callBytes, callWithHeadText, pageHeaders, rawCall, relay, relayRequest } from '../testkit/relayCall';

let server: RunningServer;
let upstream: Upstream;

beforeAll(async () => {
  upstream = await startUpstream({
    '/hit': (_req, res) => res.end('reached'),
  });
  server = await startServer({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

function callWith(headers: Record<string, string>, body?: string | Buffer) {
  return rawCall(server.port, {
    method: 'POST',
    path: RELAY_PATH,
    headers,
    body: body ?? callBytes(relayRequest({ url: `${upstream.origin}/hit` })),
  });
}

async function expectRefused(headers: Record<string, string>, code: RelayRefusal['error']['code'] = 'RELAY_REFUSED', status = 403) {
  const before = upstream.received.length;
  const reply = await callWith(headers);
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  const json = JSON.parse(reply.body.toString()) as RelayRefusal;
  expect(json.error.code).toBe(code);
  expect(json.error.message.length).toBeGreaterThan(10);
  expect(upstream.received.length).toBe(before);
  return json;
}

describe('relay guards, over real HTTP', () => {
  it('forwards a call from the own page (control case)', async () => {
    const before = upstream.received.length;
    const { head, body } = await relay(server, relayRequest({ url: `${upstream.origin}/hit` }));
    expect(head.status).toBe(200);
    expect(Buffer.from(body).toString()).toBe('reached');
    expect(upstream.received.length).toBe(before + 1);
  });

  it('accepts the loopback aliases at the same port', async () => {
    for (const host of [`localhost:${server.port}`, `[::1]:${server.port}`]) {
      const reply = await callWith({ ...pageHeaders(server), Host: host, Origin: `http://${host}` });
      expect(reply.status).toBe(200);
    }
  });

  it('refuses a forged Host (DNS rebinding)', async () => {
    const json = await expectRefused({ ...pageHeaders(server), Host: `evil.example:${server.port}`, Origin: `http://evil.example:${server.port}` });
    expect(json.error.message).toMatch(/Host/);
  });

  it('refuses our host name at another port', async () => {
    await expectRefused({ ...pageHeaders(server), Host: `127.0.0.1:${server.port + 1}`, Origin: `http://127.0.0.1:${server.port + 1}` });
  });

  it('refuses a missing Origin', async () => {
    const headers = pageHeaders(server);
    delete headers.Origin;
    const json = await expectRefused(headers);
    expect(json.error.message).toMatch(/Origin/);
  });

  it('refuses a foreign Origin', async () => {
    await expectRefused({ ...pageHeaders(server), Origin: 'http://evil.example' });
    await expectRefused({ ...pageHeaders(server), Origin: 'null' });
  });

  it('refuses the same host on another port as Origin', async () => {
    await expectRefused({ ...pageHeaders(server), Origin: `http://127.0.0.1:${upstream.port}` });
  });

  it('refuses another scheme as Origin', async () => {
    await expectRefused({ ...pageHeaders(server), Origin: `https://127.0.0.1:${server.port}` });
  });

  it('refuses a missing token', async () => {
    const headers = pageHeaders(server);
    delete headers[RELAY_TOKEN_HEADER];
    const json = await expectRefused(headers);
    expect(json.error.message).toMatch(/token/);
  });

  it('refuses a wrong token, including a prefix of the right one', async () => {
    await expectRefused({ ...pageHeaders(server), [RELAY_TOKEN_HEADER]: 'not-the-secret' });
    await expectRefused({ ...pageHeaders(server), [RELAY_TOKEN_HEADER]: server.token.slice(0, -1) });
    await expectRefused({ ...pageHeaders(server), [RELAY_TOKEN_HEADER]: '' });
  });

  it('answers 405 JSON to a GET from the own page, 403 to a GET from elsewhere', async () => {
    const own = await rawCall(server.port, { method: 'GET', path: RELAY_PATH, headers: pageHeaders(server) });
    expect(own.status).toBe(405);
    expect(own.headers.allow).toBe('POST');
    const foreign = await rawCall(server.port, { method: 'GET', path: RELAY_PATH, headers: { ...pageHeaders(server), Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('answers 400 JSON to a call head that is malformed JSON', async () => {
    const before = upstream.received.length;
    const reply = await callWith(pageHeaders(server), callWithHeadText('{"method": "GET", '));
    expect(reply.status).toBe(400);
    const json = JSON.parse(reply.body.toString()) as RelayRefusal;
    expect(json.error.code).toBe('INVALID_REQUEST');
    expect(json.error.message).toMatch(/JSON/);
    expect(upstream.received.length).toBe(before);
  });

  it('answers 400 JSON naming the bad field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ url: `${upstream.origin}/hit` }, /method/],
      [{ method: 'GET' }, /url/],
      [{ method: 'GE T', url: `${upstream.origin}/hit` }, /method/],
      [{ method: 'GET', url: 'not a url' }, /url/],
      [{ method: 'GET', url: 'ftp://127.0.0.1/x' }, /url/],
      [{ method: 'GET', url: `${upstream.origin}/hit`, headers: [['X-A']] }, /headers/],
      [{ method: 'GET', url: `${upstream.origin}/hit`, timeoutMs: -1 }, /timeoutMs/],
      [{ method: 'GET', url: `${upstream.origin}/hit`, bodySize: -1 }, /bodySize/],
      [[1, 2], /body/],
    ];
    const before = upstream.received.length;
    for (const [body, field] of cases) {
      const reply = await callWith(pageHeaders(server), callBytes(body));
      expect(reply.status, JSON.stringify(body)).toBe(400);
      const json = JSON.parse(reply.body.toString()) as RelayRefusal;
      expect(json.error.message).toMatch(field);
    }
    expect(upstream.received.length).toBe(before);
  });

  it('refuses a body over the request size limit from the call head, with --max-request-mb in the message', async () => {
    const small = await startServer({ port: 0, limits: { maxRequestBodyBytes: 1000 } });
    try {
      const before = upstream.received.length;
      const reply = await rawCall(small.port, {
        method: 'POST',
        path: RELAY_PATH,
        headers: pageHeaders(small),
        body: callBytes(relayRequest({ method: 'POST', url: `${upstream.origin}/hit`, body: Buffer.alloc(3_000_000) })),
      });
      expect(reply.status).toBe(200);
      const { head } = decodeFrame(new Uint8Array(reply.body));
      expect(head.error?.code).toBe('TOO_LARGE');
      expect(head.error?.message).toMatch(/2\.9 MB \(3000000 bytes\), over its limit of 0\.0 MB\. Nothing was sent\. Start Reqlab with --max-request-mb 3/);
      expect(upstream.received.length).toBe(before);
    } finally {
      await small.close();
    }
  });

  it('answers 400 to a call that is not in the call format, or whose body is shorter or longer than its head says', async () => {
    const before = upstream.received.length;
    const head = callBytes(relayRequest({ method: 'POST', url: `${upstream.origin}/hit`, bodySize: 10 }));
    const cases: [Buffer | string, RegExp][] = [
      [JSON.stringify(relayRequest({ url: `${upstream.origin}/hit` })), /not in Reqlab's call format/],
      [Buffer.concat([head, Buffer.alloc(4)]), /ended after 4 of the 10 body bytes/],
      [Buffer.concat([head, Buffer.alloc(11)]), /more than the 10 body bytes/],
      [head.subarray(0, 20), /ended before its head was complete/],
    ];
    for (const [body, message] of cases) {
      const reply = await callWith(pageHeaders(server), body);
      expect(reply.status).toBe(400);
      expect((JSON.parse(reply.body.toString()) as RelayRefusal).error.message).toMatch(message);
    }
    expect(upstream.received.length).toBe(before);
  });
});
