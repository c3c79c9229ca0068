import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startSandboxServer, type SandboxServer } from './testServer';
import { ECHO_KEEP_BYTES, type SandboxEcho as Echo } from './anything.ts';


const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer({ maxBytes: 256 * 1024 });
});
afterAll(() => sandbox.close());

async function echo(path: string, init?: RequestInit): Promise<Echo> {
  const response = await fetch(sandbox.base + path, init);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Echo;
}

describe('/sandbox/anything', () => {
  it('echoes method and path for standard and custom methods', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'PURGE']) {
      const body = await echo('/sandbox/anything/a/b%20c', { method });
      expect(body.method).toBe(method);
      expect(body.path).toBe('/sandbox/anything/a/b%20c');
    }
    expect((await echo('/sandbox/anything')).path).toBe('/sandbox/anything');
  });

  it('keeps query pairs in order with repeats, decoded, and the raw query as sent', async () => {
    const body = await echo('/sandbox/anything?tag=a&x=1&tag=b&empty=&flag&sp=a%20b&plus=a+b&bad=%zz&utf=%C3%A9');
    expect(body.rawQuery).toBe('tag=a&x=1&tag=b&empty=&flag&sp=a%20b&plus=a+b&bad=%zz&utf=%C3%A9');
    expect(body.query).toEqual([
      ['tag', 'a'],
      ['x', '1'],
      ['tag', 'b'],
      ['empty', ''],
      ['flag', ''],
      ['sp', 'a b'],
      ['plus', 'a+b'],
      ['bad', '%zz'],
      ['utf', 'é'],
    ]);
  });

  it('shows headers as received: order, case and repeats', async () => {
    const response = await rawRequest(sandbox.port, {
      path: '/sandbox/anything',
      headers: [
        ['Host', `127.0.0.1:${sandbox.port}`],
        ['X-Zebra', '1'],
        ['x-alpha', 'two'],
        ['X-Zebra', '3'],
        ['Accept', 'application/json'],
      ],
    });
    const body = JSON.parse(response.body.toString('utf8')) as Echo;
    const custom = body.headers.filter(([name]) => /^x-|^accept$/i.test(name));
    expect(custom).toEqual([
      ['X-Zebra', '1'],
      ['x-alpha', 'two'],
      ['X-Zebra', '3'],
      ['Accept', 'application/json'],
    ]);
    expect(body.headers.find(([name]) => name.toLowerCase() === 'host')?.[1]).toBe(`127.0.0.1:${sandbox.port}`);
  });

  it('describes a text body with its size, sha256 and parsed JSON', async () => {
    const text = JSON.stringify({ name: 'Zoë', n: [1, 2] });
    const body = await echo('/sandbox/anything', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    expect(body.body.text).toBe(text);
    expect(body.body.size).toBe(Buffer.byteLength(text));
    expect(body.body.sha256).toBe(sha256(text));
    expect(body.body.json).toEqual({ name: 'Zoë', n: [1, 2] });
    expect(body.body.base64).toBeUndefined();
  });

  it('leaves out json when the text does not parse, and describes an empty body', async () => {
    const broken = await echo('/sandbox/anything', { method: 'POST', body: '{"a":' });
    expect(broken.body.text).toBe('{"a":');
    expect(broken.body).not.toHaveProperty('json');
    const empty = await echo('/sandbox/anything', { method: 'DELETE' });
    expect(empty.body).toEqual({ size: 0, sha256: sha256(''), text: '' });
  });

  it('returns a binary body as base64 with the sha256 of the raw bytes', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0xc3]), randomBytes(4096)]);
    const body = await echo('/sandbox/anything', { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes });
    expect(body.body.text).toBeUndefined();
    expect(Buffer.from(body.body.base64!, 'base64').equals(bytes)).toBe(true);
    expect(body.body.size).toBe(bytes.length);
    expect(body.body.sha256).toBe(sha256(bytes));
  });

  it('decodes an urlencoded form with form semantics', async () => {
    const body = await echo('/sandbox/anything', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'name=Ada+Lovelace&lang=en&lang=fr&sym=%26%3D%2B&accent=%C3%A9',
    });
    expect(body.body.form).toEqual([
      ['name', 'Ada Lovelace'],
      ['lang', 'en'],
      ['lang', 'fr'],
      ['sym', '&=+'],
      ['accent', 'é'],
    ]);
  });

  it('parses multipart fields and files, with each file sha256', async () => {
    const fileBytes = randomBytes(50_000);
    const form = new FormData();
    form.append('title', 'Report');
    form.append('note', 'naïve ✓');
    form.append('upload', new Blob([fileBytes], { type: 'application/x-custom' }), 'données.bin');
    form.append('text', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt');
    const body = await echo('/sandbox/anything', { method: 'POST', body: form });
    expect(body.body.form).toEqual([
      ['title', 'Report'],
      ['note', 'naïve ✓'],
    ]);
    expect(body.body.files).toEqual([
      { field: 'upload', filename: 'données.bin', contentType: 'application/x-custom', size: fileBytes.length, sha256: sha256(fileBytes) },
      { field: 'text', filename: 'hello.txt', contentType: 'text/plain', size: 5, sha256: sha256('hello') },
    ]);
  });

  it('still echoes a malformed multipart body, saying why the form could not be read', async () => {
    const body = await echo('/sandbox/anything', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'not multipart at all',
    });
    expect(body.body.text).toBe('not multipart at all');
    expect(body.body.formError).toMatch(/boundary/i);
    expect(body.body.files).toBeUndefined();
  });

  it('survives a truncated multipart file part', async () => {
    const truncated = '--XYZ\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n\r\nhello, and no closing boundary';
    const body = await echo('/sandbox/anything', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
      body: truncated,
    });
    expect(body.body.formError).toMatch(/unexpected end/i);
    expect(body.body.sha256).toBe(sha256(truncated));
  });

  it('survives a client that goes away mid-upload', async () => {
    await new Promise<void>((resolve) => {
      const request = http.request({ host: '127.0.0.1', port: sandbox.port, method: 'POST', path: '/sandbox/anything', headers: { 'Content-Length': '100000' } });
      request.on('error', () => resolve());
      request.write(Buffer.alloc(1000), () => setTimeout(() => request.destroy(), 50));
      request.on('close', () => resolve());
    });
    expect((await echo('/sandbox/anything')).method).toBe('GET');
  });

  it('refuses a body over the cap with 413, declared or chunked, and keeps serving', async () => {
    const big = randomBytes(300 * 1024);
    const declared = await rawRequest(sandbox.port, { method: 'POST', path: '/sandbox/anything', body: big });
    expect(declared.status).toBe(413);
    expect(declared.headers['content-type']).toMatch(/^application\/problem\+json/);
    const chunked = await rawRequest(sandbox.port, {
      method: 'POST',
      path: '/sandbox/anything',
      headers: { 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    const small = await echo('/sandbox/anything', { method: 'POST', body: 'ok' });
    expect(small.body.text).toBe('ok');
  });

  it('answers HEAD with the GET headers and no body', async () => {
    const head = await rawRequest(sandbox.port, { method: 'HEAD', path: '/sandbox/anything' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });
});

describe('/sandbox/anything with a body longer than the echo keeps', () => {
  let big: SandboxServer;
  beforeAll(async () => {
    big = await startSandboxServer({ maxBytes: 64 * 1024 * 1024 });
  });
  afterAll(() => big.close());

  it('hashes and counts every byte, shows only the first ECHO_KEEP_BYTES, and says so', async () => {
    // "é" is two bytes: the cut falls inside one, and the text still decodes.
    const text = 'é'.repeat(ECHO_KEEP_BYTES / 2 + 10) + 'a';
    const bytes = Buffer.from(text);
    const response = await fetch(`${big.base}/sandbox/anything`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: bytes });
    const echoed = ((await response.json()) as Echo).body;
    expect(echoed.size).toBe(bytes.length);
    expect(echoed.sha256).toBe(sha256(bytes));
    expect(echoed.cut).toEqual({ keptBytes: ECHO_KEEP_BYTES, reason: `The echo shows only the first ${ECHO_KEEP_BYTES} of ${bytes.length} bytes; size and sha256 cover them all.` });
    expect(echoed.text).toBe('é'.repeat(ECHO_KEEP_BYTES / 2));
    expect(echoed.json).toBeUndefined();
  });

  it('keeps a body exactly at the limit whole', async () => {
    const bytes = Buffer.alloc(ECHO_KEEP_BYTES, 'x');
    const response = await fetch(`${big.base}/sandbox/anything`, { method: 'POST', body: bytes });
    const echoed = ((await response.json()) as Echo).body;
    expect(echoed.cut).toBeUndefined();
    expect(echoed.text?.length).toBe(ECHO_KEEP_BYTES);
  });
});
