import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabEntry } from '../../../core/model/lab.ts';
import { startSandboxServer, type SandboxServer } from '../testServer';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

let labCount = 0;
function newLab() {
  labCount += 1;
  const base = `${sandbox.base}/sandbox/lab/test-lab-${labCount}`;
  const call = (method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) =>
    fetch(base + path, { method, headers: init.headers, body: init.body });
  const log = async (after = 0) => ((await (await call('GET', `/log?after=${after}`)).json()) as { entries: LabEntry[] }).entries;
  return { base, call, log };
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

describe('a sandbox lab', () => {
  it('logs what it received and answered, with the books before and after a change', async () => {
    const lab = newLab();
    const created = await lab.call('POST', '/books', { headers: JSON_TYPE, body: '{"title":"Kindred","author":"Octavia E. Butler"}' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/sandbox/lab/test-lab-1/books/9`);
    expect((await lab.call('GET', '/books/9?x=1')).status).toBe(200);
    const [post, get] = await lab.log();
    expect(post).toMatchObject({ seq: 1, method: 'POST', path: '/books', status: 201, body: '{"title":"Kindred","author":"Octavia E. Butler"}' });
    expect(post!.headers['content-type']).toBe('application/json');
    expect(post!.responseHeaders.location).toBe('/sandbox/lab/test-lab-1/books/9');
    expect(JSON.parse(post!.responseBody)).toMatchObject({ id: 9, title: 'Kindred' });
    expect(post!.before).toHaveLength(8);
    expect(post!.after).toHaveLength(9);
    expect(get).toMatchObject({ seq: 2, method: 'GET', path: '/books/9', query: 'x=1', status: 200 });
    expect(get!.before).toBeUndefined();
    expect((await lab.log(1)).map((entry) => entry.seq)).toEqual([2]);
  });

  it('keeps its books apart from the shared sandbox and from other labs, and resets', async () => {
    const one = newLab();
    const two = newLab();
    expect((await one.call('DELETE', '/books/1')).status).toBe(204);
    expect((await one.call('GET', '/books/1')).status).toBe(404);
    expect((await two.call('GET', '/books/1')).status).toBe(200);
    expect((await fetch(`${sandbox.base}/sandbox/books/1`)).status).toBe(200);
    const reset = await one.call('POST', '/reset');
    expect(await reset.json()).toMatchObject({ reset: true, books: 8 });
    expect(await one.log()).toEqual([]);
    expect(((await (await one.call('GET', '/log')).json()) as { last: number }).last).toBe(0);
    expect((await one.call('GET', '/books/1')).status).toBe(200);
    const state = (await (await one.call('GET', '/state')).json()) as { books: unknown[] };
    expect(state.books).toHaveLength(8);
    expect((await one.log()).map((entry) => entry.path)).toEqual(['/books/1']);
  });

  it('logs a CORS preflight and redirects that stay inside the lab', async () => {
    const lab = newLab();
    const preflight = await lab.call('OPTIONS', '/books', {
      headers: { Origin: 'http://localhost:1', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    const redirected = await lab.call('GET', '/redirect/2');
    expect(redirected.url).toBe(`${lab.base}/redirect/0`);
    const entries = await lab.log();
    expect(entries.map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
      'OPTIONS /books 204',
      'GET /redirect/2 302',
      'GET /redirect/1 302',
      'GET /redirect/0 200',
    ]);
    expect(entries[0]!.headers['access-control-request-method']).toBe('PUT');
    expect(entries[0]!.responseHeaders['access-control-allow-methods']).toContain('PUT');
  });

  it('refuses a malformed lab id, and a body past the limit is kept only in part', async () => {
    expect((await fetch(`${sandbox.base}/sandbox/lab/UPPER/books`)).status).toBe(404);
    const lab = newLab();
    const big = 'x'.repeat(20_000);
    expect((await lab.call('POST', '/anything', { body: big })).status).toBe(200);
    const [entry] = await lab.log();
    expect(entry!.body).toHaveLength(16 * 1024);
    expect(entry!.bodyTruncated).toBe(true);
    expect(entry!.responseBodyTruncated).toBe(true);
  });
});

describe('routes that lessons use', () => {
  it('answers 409 to a second book with the same ISBN, naming the first', async () => {
    const lab = newLab();
    const response = await lab.call('POST', '/books', { headers: JSON_TYPE, body: '{"title":"Beloved","author":"Toni Morrison","isbn":"978-1400033416"}' });
    expect(response.status).toBe(409);
    expect(response.headers.get('location')).toBe('/sandbox/lab/test-lab-6/books/3');
    expect(((await response.json()) as { detail: string }).detail).toContain('Book 3 already has ISBN 978-1400033416');
  });

  it('tells 401 from 403 on /admin', async () => {
    const lab = newLab();
    const none = await lab.call('GET', '/admin');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="Reqlab sandbox"');
    const reader = await lab.call('GET', '/admin', { headers: { Authorization: 'Bearer reader' } });
    expect(reader.status).toBe(403);
    expect(reader.headers.get('www-authenticate')).toBeNull();
    expect((await lab.call('GET', '/admin', { headers: { Authorization: 'Bearer admin' } })).status).toBe(200);
  });

  it('takes an API key in a header or the query', async () => {
    const lab = newLab();
    expect((await lab.call('GET', '/api-key')).status).toBe(401);
    expect((await lab.call('GET', '/api-key', { headers: { 'X-API-Key': 'wrong' } })).status).toBe(401);
    expect((await lab.call('GET', '/api-key', { headers: { 'X-API-Key': 'sandbox-key' } })).status).toBe(200);
    expect((await lab.call('GET', '/api-key?api_key=sandbox-key')).status).toBe(200);
  });

  it('rate-limits /limited per lab: three, then 429 with Retry-After', async () => {
    const lab = newLab();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const response = await lab.call('GET', '/limited');
      statuses.push(response.status);
      retryAfter = response.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(10);
    expect((await newLab().call('GET', '/limited')).status).toBe(200);
  });
});

describe('no-cors inside a lab', () => {
  it('stays without Access-Control-Allow-Origin, and is logged', async () => {
    const lab = newLab();
    const response = await lab.call('GET', '/no-cors', { headers: { Origin: 'http://localhost:1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const [entry] = await lab.log();
    expect(entry).toMatchObject({ path: '/no-cors', status: 200 });
    expect(entry!.headers.origin).toBe('http://localhost:1');
    expect(entry!.responseHeaders['access-control-allow-origin']).toBeUndefined();
  });
});

describe('content negotiation on the books', () => {
  it('answers 406 when the client accepts no JSON, and JSON to */*, application/* or application/json', async () => {
    const lab = newLab();
    const csv = await lab.call('GET', '/books/1', { headers: { Accept: 'text/csv' } });
    expect(csv.status).toBe(406);
    expect(((await csv.json()) as { detail: string }).detail).toBe('Accept was "text/csv", but books are only available as application/json.');
    expect((await lab.call('GET', '/books', { headers: { Accept: 'application/json;q=0, text/html' } })).status).toBe(406);
    for (const accept of ['*/*', 'application/*', 'text/html, application/json;q=0.5', 'application/json']) {
      expect((await lab.call('GET', '/books/1', { headers: { Accept: accept } })).status).toBe(200);
    }
  });
});

// Last, so the lab numbers the tests above name stay as they are.
describe('the lab log', () => {
  it('logs a body that arrives after the lab has answered (Python’s http.client sends the headers first)', async () => {
    const lab = newLab();
    const { hostname, port, pathname } = new URL(`${lab.base}/books`);
    const body = 'title=Dune';
    // text/plain is refused with 415 before the handler reads the body.
    // The headers go first; the body only once the answer is in, on the same kept-alive connection.
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`);
    const answer = await new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString())));
    socket.write(body);
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.end();
    expect(answer).toMatch(/^HTTP\/1\.1 415/);
    expect(await lab.log()).toMatchObject([{ method: 'POST', status: 415, body }]);
  });
});
