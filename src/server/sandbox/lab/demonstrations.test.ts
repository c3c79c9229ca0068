import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoVerdict, MATRIX_METHODS, MATRIX_PROPERTIES } from '../../../core/learn/demonstrations';
import { runDemo } from '../../../core/learn/runDemo';
import { describeMethod } from '../../../core/http/methods';
import { startSandboxServer, type SandboxServer } from '../testServer';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

const lab = () => `${sandbox.base}/sandbox/lab/matrix-demo-lab`;
const verdict = async (method: string, property: (typeof MATRIX_PROPERTIES)[number]) =>
  demoVerdict(describeMethod(method), property, await runDemo(fetch, lab(), method, property));

describe('the method matrix shows each property for real', () => {
  it('safe: GET changes nothing, DELETE deletes', async () => {
    expect(await verdict('GET', 'safe')).toBe('GET /books/2 → 200: the books did not change. GET is safe.');
    expect(await verdict('DELETE', 'safe')).toBe('DELETE /books/2 → 204: book 2 deleted. DELETE is not safe: it is meant to change the server.');
  });

  it('idempotent: PUT twice is one state, POST twice is two books, DELETE twice is 204 then 404 and one state', async () => {
    expect(await verdict('PUT', 'idempotent')).toMatch(/^Sent twice: the first PUT \/books\/2 → 200 \(book 2 changed\), the second PUT \/books\/2 → 200 left the books as they were\. .* PUT is idempotent\.$/);
    expect(await verdict('POST', 'idempotent')).toBe('Sent twice: each one changed the books (book 9 added; then book 10 added). POST is not idempotent: a retry can do it twice.');
    expect(await verdict('DELETE', 'idempotent')).toMatch(/the second DELETE \/books\/2 → 404 left the books as they were/);
  });

  it('cacheable, request body, response body', async () => {
    expect(await verdict('GET', 'cacheable')).toMatch(/^GET \/books\/2 → 200\. A cache may store GET answers; this one says Cache-Control: no-cache, ETag: ".+", so a cache must ask again/);
    expect(await verdict('POST', 'requestBody')).toBe('POST /anything → 200: the server received 18 bytes of body. For POST the body is the point.');
    expect(await verdict('HEAD', 'responseBody')).toMatch(/^HEAD \/books\/2 → 200: 0 bytes of body came back although Content-Length says \d+: a HEAD answer describes a body it never sends\.$/);
  });

  it('a GET with a body is refused by fetch itself, and the verdict says so', async () => {
    expect(await verdict('GET', 'requestBody')).toMatch(/^The browser refused to send it: .+ A body on GET has no defined meaning, and fetch won't send one\.$/);
  });

  it('has a demonstration for every cell', async () => {
    for (const method of MATRIX_METHODS) for (const property of MATRIX_PROPERTIES) expect(await verdict(method, property)).not.toBe('Nothing was sent.');
  });
});
