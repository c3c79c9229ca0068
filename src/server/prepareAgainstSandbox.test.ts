import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKeyValue, newRequest, newRequestBody, type Auth, type FileRef, type KeyValue, type RequestBody, type RequestModel } from '../core/model';
import { prepareRequest } from '../core/prepare';
import { withParams, withUrl } from '../core/url';
import { NodeSender } from './relay/NodeSender';
import { startServer, type RunningServer } from './startServer';
import type { SandboxEcho as Echo } from './sandbox/anything.ts';

/**
 * The core's request preparation checked against what a real server received: every request
 * is prepared by core.prepare, sent by the relay's executor and read back from /sandbox/anything.
 */


let server: RunningServer;
let base: string;
beforeAll(async () => {
  server = await startServer({ port: 0, distDir: null });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const sha = (bytes: Uint8Array | null) => createHash('sha256').update(bytes ?? new Uint8Array()).digest('hex');
const kv = (key: string, value: string, enabled = true): KeyValue => newKeyValue(key, value, enabled);
const scopes = { globals: [], collection: [], environment: [] };
const files = new Map<string, Uint8Array>();
const fileResolver = (ref: FileRef) => Promise.resolve(files.get(ref.id)!);
const emptyBody = (): RequestBody => newRequestBody();

async function roundTrip(request: RequestModel) {
  const prepared = await prepareRequest(request, { scopes, fileResolver });
  const record = await new NodeSender().send(prepared, new AbortController().signal);
  const text = new TextDecoder().decode(record.body);
  return { prepared, record, text, echo: record.status === 200 && text.startsWith('{') ? (JSON.parse(text) as Echo) : null };
}

async function echoOf(request: RequestModel) {
  const { prepared, echo, record } = await roundTrip(request);
  expect(record.status).toBe(200);
  return { prepared, echo: echo! };
}

const header = (echo: Echo, name: string) => echo.headers.filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);

/** A request whose URL was typed (params follow the URL, as in the editor). */
const typed = (url: string, partial: Partial<RequestModel> = {}) => withUrl(newRequest({ method: 'GET', ...partial }), url);

describe('params ↔ URL, as received', () => {
  it('keeps order, repeated keys and empty values; a key without "=" stays without it', async () => {
    const { echo } = await echoOf(typed(`${base}/sandbox/anything?b=2&a=1&a=&flag&a=3`));
    expect(echo.rawQuery).toBe('b=2&a=1&a=&flag&a=3');
    expect(echo.query).toEqual([['b', '2'], ['a', '1'], ['a', ''], ['flag', ''], ['a', '3']]);
  });

  it('encodes a typed space once, and does not encode an already-encoded URL again', async () => {
    const { echo } = await echoOf(typed(`${base}/sandbox/anything?q=a b&r=a%20b&s=100%25`));
    expect(echo.rawQuery).toBe('q=a%20b&r=a%20b&s=100%25');
    expect(echo.query).toEqual([['q', 'a b'], ['r', 'a b'], ['s', '100%']]);
  });

  it('a value typed in the table is encoded once: space, "&", "=", "#", unicode; a literal "+" arrives as "+"', async () => {
    const request = withParams(typed(`${base}/sandbox/anything`), [
      kv('q', 'a b'),
      kv('amp', 'x&y=z'),
      kv('hash', '#1'),
      kv('uni', 'café ☕'),
      kv('plus', '1+1'),
    ]);
    const { echo } = await echoOf(request);
    expect(echo.query).toEqual([['q', 'a b'], ['amp', 'x&y=z'], ['hash', '#1'], ['uni', 'café ☕'], ['plus', '1+1']]);
    expect(echo.rawQuery).toContain('uni=caf%C3%A9%20%E2%98%95');
    expect(echo.rawQuery).toContain('plus=1+1');
  });

  it('a "+" written in the URL is sent as written (not turned into %2B or a space)', async () => {
    const { echo } = await echoOf(typed(`${base}/sandbox/anything?p=a+b&e=a%2Bb`));
    expect(echo.rawQuery).toBe('p=a+b&e=a%2Bb');
    // The server decides what "+" means; form decoding reads it as a space, %2B stays a plus.
    expect([...new URLSearchParams(echo.rawQuery)]).toEqual([['p', 'a b'], ['e', 'a+b']]);
  });

  it('disabled rows are kept in the table and not sent', async () => {
    const request = withParams(typed(`${base}/sandbox/anything`), [kv('on', '1'), kv('off', '2', false), kv('on2', '3')]);
    expect(request.url).toBe(`${base}/sandbox/anything?on=1&on2=3`);
    const synced = withUrl(request, `${base}/sandbox/anything?on=1&on2=4`);
    expect(synced.params.map((p) => [p.key, p.value, p.enabled])).toEqual([['on', '1', true], ['off', '2', false], ['on2', '4', true]]);
    const { echo } = await echoOf(synced);
    expect(echo.query).toEqual([['on', '1'], ['on2', '4']]);
  });

  it('path variables are substituted, their value encoded as one segment', async () => {
    const request = typed(`${base}/sandbox/anything/books/:id/:part`);
    request.pathVariables = request.pathVariables.map((p) => ({ ...p, value: p.key === 'id' ? 'a/b c' : 'x' }));
    const { echo } = await echoOf(request);
    expect(echo.url).toBe('/sandbox/anything/books/a%2Fb%20c/x');
  });
});

describe('body modes, as received', () => {
  const post = (body: Partial<RequestBody>, partial: Partial<RequestModel> = {}) =>
    newRequest({ method: 'POST', url: `${base}/sandbox/anything`, body: { ...emptyBody(), ...body }, ...partial });

  async function checkBytes(request: RequestModel) {
    const { prepared, echo } = await echoOf(request);
    expect(echo.body.size).toBe(prepared.body?.length ?? 0);
    expect(echo.body.sha256).toBe(sha(prepared.body));
    return { prepared, echo };
  }

  it.each([
    ['json', '{"a": [1, "é"]}', 'application/json'],
    ['text', 'plain ✓ text\n', 'text/plain'],
    ['xml', '<a b="1">é</a>', 'application/xml'],
    ['html', '<p>hi</p>', 'text/html'],
  ] as const)('%s: UTF-8 bytes as typed, Content-Type from the mode', async (mode, raw, type) => {
    const { echo } = await checkBytes(post({ mode, raw }));
    expect(echo.body.text).toBe(raw);
    expect(header(echo, 'content-type')[0]).toContain(type);
  });

  it('a Content-Type header row overrides the mode’s', async () => {
    const { echo } = await checkBytes(post({ mode: 'json', raw: '{}' }, { headers: [kv('Content-Type', 'application/vnd.x+json')] }));
    expect(header(echo, 'content-type')).toEqual(['application/vnd.x+json']);
  });

  it('urlencoded: the table arrives as form pairs (space, "+", "&", unicode, repeats; disabled rows left out)', async () => {
    const { echo } = await checkBytes(
      post({ mode: 'urlencoded', urlencoded: [kv('a b', 'c d'), kv('p', '1+1'), kv('x', '&=?'), kv('u', 'ü'), kv('a b', ''), kv('off', '1', false)] }),
    );
    expect(header(echo, 'content-type')[0]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(echo.body.form).toEqual([['a b', 'c d'], ['p', '1+1'], ['x', '&=?'], ['u', 'ü'], ['a b', '']]);
  });

  it('multipart: text and file fields, with the file’s size and sha256', async () => {
    const bytes = randomBytes(70_000);
    files.set('f1', bytes);
    const file: FileRef = { id: 'f1', name: 'data "1".bin', type: 'application/octet-stream', size: bytes.length };
    const { echo } = await checkBytes(
      post({
        mode: 'multipart',
        multipart: [
          { id: '1', key: 'title', enabled: true, kind: 'text', value: 'héllo wörld' },
          { id: '2', key: 'upload', enabled: true, kind: 'file', value: '', file },
          { id: '3', key: 'off', enabled: false, kind: 'text', value: 'x' },
        ],
      }),
    );
    expect(header(echo, 'content-type')[0]).toMatch(/^multipart\/form-data; boundary=/);
    expect(echo.body.formError).toBeUndefined();
    expect(echo.body.form).toEqual([['title', 'héllo wörld']]);
    expect(echo.body.files).toEqual([
      // A quote in a file name is escaped as %22, as browsers do (HTML standard); the server reads it raw.
      { field: 'upload', filename: 'data %221%22.bin', contentType: 'application/octet-stream', size: bytes.length, sha256: sha(bytes) },
    ]);
  });

  it('binary: the file’s exact bytes and its type', async () => {
    const bytes = randomBytes(50_000);
    files.set('b1', bytes);
    const { prepared } = await checkBytes(post({ mode: 'binary', binary: { id: 'b1', name: 'x.png', type: 'image/png', size: bytes.length } }));
    expect(sha(prepared.body)).toBe(sha(bytes));
  });

  it('graphql: a JSON document with the query and the parsed variables', async () => {
    const query = 'query Book($id: ID!) { book(id: $id) { title } }';
    const { echo } = await checkBytes(post({ mode: 'graphql', graphql: { query, variables: '{"id": "7"}' } }));
    expect(header(echo, 'content-type')[0]).toMatch(/^application\/json/);
    expect(echo.body.json).toMatchObject({ query, variables: { id: '7' } });
  });

  it('none: no body and no Content-Type', async () => {
    const { echo } = await checkBytes(post({ mode: 'none', raw: 'ignored' }));
    expect(echo.body.size).toBe(0);
    expect(header(echo, 'content-type')).toEqual([]);
  });
});

describe('auth schemes, as received', () => {
  const withAuth = (auth: Auth, path = '/sandbox/anything') => newRequest({ method: 'GET', url: `${base}${path}`, auth });

  it('basic, with UTF-8 credentials', async () => {
    const { echo } = await echoOf(withAuth({ type: 'basic', username: 'jürgen', password: 'pä:ss' }));
    const [value] = header(echo, 'authorization');
    expect(value).toMatch(/^Basic /);
    expect(Buffer.from(value!.slice(6), 'base64').toString('utf8')).toBe('jürgen:pä:ss');
  });

  it('basic against /sandbox/basic-auth accepts the right password and refuses a wrong one', async () => {
    const ok = await roundTrip(withAuth({ type: 'basic', username: 'ann', password: 'sécret' }, '/sandbox/basic-auth/ann/s%C3%A9cret'));
    expect(ok.record.status).toBe(200);
    const wrong = await roundTrip(withAuth({ type: 'basic', username: 'ann', password: 'x' }, '/sandbox/basic-auth/ann/s%C3%A9cret'));
    expect(wrong.record.status).toBe(401);
  });

  it('bearer', async () => {
    const { echo } = await echoOf(withAuth({ type: 'bearer', token: 'abc.def-ghi' }));
    expect(header(echo, 'authorization')).toEqual(['Bearer abc.def-ghi']);
  });

  it('API key in a header', async () => {
    const { echo } = await echoOf(withAuth({ type: 'apikey', key: 'X-Api-Key', value: 'k 1', in: 'header' }));
    expect(header(echo, 'x-api-key')).toEqual(['k 1']);
  });

  it('API key in the query: encoded as data, after the params', async () => {
    const request = withParams(withAuth({ type: 'apikey', key: 'api key', value: 'a+b&c', in: 'query' }), [kv('q', '1')]);
    const { echo } = await echoOf(request);
    expect(echo.query).toEqual([['q', '1'], ['api key', 'a+b&c']]);
  });

  it.each(['MD5', 'SHA-256'])('digest (%s) through the relay answers the challenge', async (algorithm) => {
    const request = withAuth({ type: 'digest', username: 'dora', password: 'p ä' }, `/sandbox/digest-auth/dora/p%20%C3%A4?algorithm=${algorithm}`);
    const { prepared, record, text } = await roundTrip(request);
    expect(prepared.headers.some((h) => h.name.toLowerCase() === 'authorization')).toBe(false);
    expect(record.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ authenticated: true, user: 'dora' });
    const sentAuth = record.sent?.headers.find(([n]) => n.toLowerCase() === 'authorization')?.[1];
    expect(sentAuth).toMatch(/^Digest /);
  });

  it('digest with a wrong password ends in 401', async () => {
    const { record } = await roundTrip(withAuth({ type: 'digest', username: 'dora', password: 'nope' }, '/sandbox/digest-auth/dora/right'));
    expect(record.status).toBe(401);
  });
});
