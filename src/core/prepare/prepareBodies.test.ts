import { describe, expect, it } from 'vitest';
import { newKeyValue, newRequest, newRequestBody, type Variable } from '../model';
import { utf8Decode } from '../encoding';
import { prepareRequest, preparedToHttpText } from './index';

const variable = (key: string, value: string, secret = false): Variable => ({ id: key, key, value, enabled: true, secret });
const body = newRequestBody;

describe('prepareRequest: bodies end to end', () => {
  it('multipart with a file, a fixed boundary and variables in fields', async () => {
    const p = await prepareRequest(
      newRequest({
        method: 'POST',
        url: 'http://x/upload',
        body: body({
          mode: 'multipart',
          multipart: [
            { id: '1', key: 'who', value: '{{user}}', enabled: true, kind: 'text' },
            { id: '2', key: 'doc', value: '', enabled: true, kind: 'file', file: { id: 'f', name: 'a.txt', type: 'text/plain', size: 2 } },
          ],
        }),
      }),
      {
        scopes: { globals: [], collection: [], environment: [variable('user', 'ann')] },
        fileResolver: async () => new TextEncoder().encode('hi'),
        boundary: 'BOUNDARY',
      },
    );
    expect(p.headers).toEqual([{ name: 'Content-Type', value: 'multipart/form-data; boundary=BOUNDARY', source: 'auto' }]);
    expect(utf8Decode(p.body!)).toBe(
      '--BOUNDARY\r\nContent-Disposition: form-data; name="who"\r\n\r\nann\r\n' +
        '--BOUNDARY\r\nContent-Disposition: form-data; name="doc"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhi\r\n' +
        '--BOUNDARY--\r\n',
    );
    expect(p.bodyDescription).toMatchObject({ mode: 'multipart', boundary: 'BOUNDARY' });
  });

  it('a missing file is a PrepareError that names the row', async () => {
    const request = newRequest({
      method: 'POST',
      url: 'http://x',
      body: body({ mode: 'multipart', multipart: [{ id: '1', key: 'doc', value: '', enabled: true, kind: 'file', file: { id: 'f', name: 'gone.pdf', type: '', size: 1 } }] }),
    });
    await expect(
      prepareRequest(request, { scopes: { globals: [], collection: [], environment: [] }, fileResolver: () => Promise.reject(new Error('not in the store')) }),
    ).rejects.toMatchObject({ name: 'PrepareError', field: 'body.multipart[0].file', message: expect.stringContaining('gone.pdf') });
  });

  it('dynamic variables use the injected clock and random everywhere in one request', async () => {
    const p = await prepareRequest(
      newRequest({
        url: 'http://x/?t={{$timestamp}}',
        params: [newKeyValue('t', '{{$timestamp}}')],
        headers: [newKeyValue('X-Request-Id', '{{$guid}}'), newKeyValue('X-N', '{{$randomInt}}')],
      }),
      { scopes: { globals: [], collection: [], environment: [] }, now: () => 1_700_000_000_123, random: () => 0.25 },
    );
    expect(p.url).toBe('http://x/?t=1700000000');
    expect(p.headers.map((h) => h.value)).toEqual(['40404040-4040-4040-8040-404040404040', '250']);
  });

  it('collection and folder variables sit between globals and the environment', async () => {
    const p = await prepareRequest(newRequest({ url: 'http://{{host}}/{{path}}/{{leaf}}' }), {
      scopes: {
        globals: [variable('host', 'global.test'), variable('path', 'g'), variable('leaf', 'g')],
        collection: [[variable('host', 'collection.test'), variable('path', 'c')], [variable('path', 'folder')]],
        environment: [variable('host', 'env.test')],
      },
    });
    expect(p.url).toBe('http://env.test/folder/g');
  });

  it('a disabled path variable leaves :name in the URL', async () => {
    const p = await prepareRequest(newRequest({ url: 'http://x/books/:id', pathVariables: [newKeyValue('id', '7', false)] }), {
      scopes: { globals: [], collection: [], environment: [] },
    });
    expect(p.url).toBe('http://x/books/:id');
  });

  it('the raw view notes a binary body instead of printing it', async () => {
    const p = await prepareRequest(
      newRequest({ method: 'PUT', url: 'http://x/f', body: body({ mode: 'binary', binary: { id: 'b', name: 'b.bin', type: '', size: 2 } }) }),
      { scopes: { globals: [], collection: [], environment: [] }, fileResolver: async () => new Uint8Array([0xff, 0xfe]) },
    );
    expect(preparedToHttpText(p)).toBe(
      'PUT /f HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: 2\r\n\r\n[2 bytes of binary data]',
    );
  });
});
