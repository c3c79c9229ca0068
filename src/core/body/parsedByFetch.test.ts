import { describe, expect, it } from 'vitest';
import { newRequestBody, type FileRef, type MultipartField } from '../model';
import { sha256Hex, utf8Encode } from '../encoding';
import { encodeBody } from './index';

/**
 * An independent reader: the Fetch API's Response.formData() (undici in Node, the browser's
 * own parser in a page) must read back exactly what was encoded.
 */
async function readBack(out: { bytes: Uint8Array | null; contentType?: string }) {
  const response = new Response(out.bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': out.contentType! } });
  return response.formData();
}

const base = newRequestBody;

describe('bodies read back by the Fetch API parser', () => {
  it('urlencoded round-trips every tricky character', async () => {
    const tricky = 'a b+c&d=e%f/g?h#i~j*k\'l"m\r\nñ€😀';
    const out = await encodeBody(
      base({ mode: 'urlencoded', urlencoded: [{ id: '1', key: tricky, value: tricky, enabled: true }, { id: '2', key: 'x', value: '', enabled: true }] }),
    );
    expect([...(await readBack(out)).entries()]).toEqual([
      [tricky, tricky],
      ['x', ''],
    ]);
  });

  it('multipart text and file fields come back with names, filenames, types and exact bytes', async () => {
    const png = new Uint8Array(256);
    for (let i = 0; i < png.length; i++) png[i] = 255 - i;
    const fileRef: FileRef = { id: 'img', name: 'pixel ü.png', type: 'image/png', size: png.length };
    const fields: MultipartField[] = [
      { id: '1', key: 'title', value: 'Grüße\r\n--not-a-boundary', enabled: true, kind: 'text' },
      { id: '2', key: 'upload', value: '', enabled: true, kind: 'file', file: fileRef },
      { id: '3', key: 'title', value: 'second', enabled: true, kind: 'text' },
    ];
    const out = await encodeBody(base({ mode: 'multipart', multipart: fields }), { fileResolver: async () => png });
    const form = await readBack(out);
    expect(form.getAll('title')).toEqual(['Grüße\r\n--not-a-boundary', 'second']);
    const file = form.get('upload') as File;
    expect(file.name).toBe('pixel ü.png');
    expect(file.type).toBe('image/png');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(await sha256Hex(bytes)).toBe(await sha256Hex(png));
  });

  it('graphql payload is JSON the server can read', async () => {
    const out = await encodeBody(base({ mode: 'graphql', graphql: { query: 'query { a }', variables: '{"x": [1, "é"]}' } }));
    expect(JSON.parse(new TextDecoder().decode(out.bytes!))).toEqual({ query: 'query { a }', variables: { x: [1, 'é'] } });
    expect(out.bytes).toEqual(utf8Encode('{"query":"query { a }","variables":{"x":[1,"é"]}}'));
  });
});
