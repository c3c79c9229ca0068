import { describe, expect, it } from 'vitest';
import { newKeyValue, newRequestBody, type FileRef, type MultipartField, type RequestBody } from '../model';
import { base64ToBytes, utf8Decode, utf8Encode } from '../encoding';
import { PrepareError } from '../prepare/PrepareError';
import { encodeBody, impliedContentType } from './index';

const body = newRequestBody;
const file = (name: string, type: string, id = name): FileRef => ({ id, name, type, size: 0 });
const text = (key: string, value: string, extra: Partial<MultipartField> = {}): MultipartField => ({
  id: key,
  key,
  value,
  enabled: true,
  kind: 'text',
  ...extra,
});
const filePart = (key: string, f?: FileRef, extra: Partial<MultipartField> = {}): MultipartField => ({
  id: key,
  key,
  value: '',
  enabled: true,
  kind: 'file',
  ...(f ? { file: f } : {}),
  ...extra,
});
const decoded = (bytes: Uint8Array | null) => (bytes === null ? null : utf8Decode(bytes));

describe('raw modes', () => {
  it.each([
    ['json', '{"a": 1}', 'application/json'],
    ['text', 'hé', 'text/plain'],
    ['xml', '<a/>', 'application/xml'],
    ['html', '<p>x</p>', 'text/html'],
  ] as const)('%s → UTF-8 bytes with %s', async (mode, raw, contentType) => {
    const out = await encodeBody(body({ mode, raw }));
    expect(out.bytes).toEqual(utf8Encode(raw));
    expect(out.contentType).toBe(contentType);
    expect(out.description).toEqual({ mode: 'raw', text: raw, contentType });
  });

  it('resolves variables in the text', async () => {
    const out = await encodeBody(body({ mode: 'json', raw: '{"id": {{id}}}' }), { resolve: (t) => t.replace('{{id}}', '7') });
    expect(decoded(out.bytes)).toBe('{"id": 7}');
  });

  it('empty text and none send nothing', async () => {
    expect(await encodeBody(body({ mode: 'json', raw: '' }))).toEqual({ bytes: null, description: { mode: 'none' } });
    expect(await encodeBody(body({ mode: 'none', raw: 'kept but unused' }))).toEqual({ bytes: null, description: { mode: 'none' } });
  });
});

describe('urlencoded', () => {
  it('encodes enabled rows, skips disabled and blank ones, resolves variables', async () => {
    const out = await encodeBody(
      body({
        mode: 'urlencoded',
        urlencoded: [newKeyValue('name', '{{who}}'), newKeyValue('off', 'x', false), newKeyValue('', ''), newKeyValue('q', 'a b&c')],
      }),
      { resolve: (t) => t.replace('{{who}}', 'Ann Lee') },
    );
    expect(decoded(out.bytes)).toBe('name=Ann+Lee&q=a+b%26c');
    expect(out.contentType).toBe('application/x-www-form-urlencoded');
    expect(out.description).toEqual({ mode: 'urlencoded', fields: [['name', 'Ann Lee'], ['q', 'a b&c']] });
  });
});

describe('multipart', () => {
  const files: Record<string, Uint8Array> = {
    notes: utf8Encode('line1\nline2\n'),
    blob: new Uint8Array([0, 255, 13, 10]),
  };
  const fileResolver = async (ref: FileRef) => {
    const bytes = files[ref.id];
    if (!bytes) throw new Error('gone');
    return bytes;
  };

  it('is byte-exact with urllib3 encode_multipart_formdata (python requests) for the same fields', async () => {
    // /usr/bin/python3: urllib3.filepost.encode_multipart_formdata([('title','Hello wörld'),
    //   ('file',('notes.txt',b'line1\nline2\n','text/plain')),('blob',('a"b.bin',bytes([0,255,13,10]),'application/octet-stream'))],
    //   boundary='XyZzy123'), base64 of the body:
    const python = base64ToBytes(
      'LS1YeVp6eTEyMw0KQ29udGVudC1EaXNwb3NpdGlvbjogZm9ybS1kYXRhOyBuYW1lPSJ0aXRsZSINCg0KSGVsbG8gd8O2cmxkDQotLVh5Wnp5MTIzDQpDb250ZW50LURpc3Bvc2l0aW9uOiBmb3JtLWRhdGE7IG5hbWU9ImZpbGUiOyBmaWxlbmFtZT0ibm90ZXMudHh0Ig0KQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluDQoNCmxpbmUxCmxpbmUyCg0KLS1YeVp6eTEyMw0KQ29udGVudC1EaXNwb3NpdGlvbjogZm9ybS1kYXRhOyBuYW1lPSJibG9iIjsgZmlsZW5hbWU9ImElMjJiLmJpbiINCkNvbnRlbnQtVHlwZTogYXBwbGljYXRpb24vb2N0ZXQtc3RyZWFtDQoNCgD/DQoNCi0tWHlaenkxMjMtLQ0K',
    );
    const out = await encodeBody(
      body({
        mode: 'multipart',
        multipart: [text('title', 'Hello wörld'), filePart('file', file('notes.txt', 'text/plain', 'notes')), filePart('blob', file('a"b.bin', '', 'blob'))],
      }),
      { fileResolver, boundary: 'XyZzy123' },
    );
    expect(out.bytes).toEqual(python);
    expect(out.contentType).toBe('multipart/form-data; boundary=XyZzy123');
  });

  it('follows RFC 7578 for text parts with a Content-Type, skips disabled and blank rows', async () => {
    const out = await encodeBody(
      body({
        mode: 'multipart',
        multipart: [
          text('meta', '{"a":1}', { contentType: 'application/json' }),
          text('off', 'x', { enabled: false }),
          text('', ''),
          text('na"me\r\n', '{{v}}'),
        ],
      }),
      { boundary: 'b0', resolve: (t) => t.replace('{{v}}', 'V') },
    );
    expect(decoded(out.bytes)).toBe(
      [
        '--b0',
        'Content-Disposition: form-data; name="meta"',
        'Content-Type: application/json',
        '',
        '{"a":1}',
        '--b0',
        'Content-Disposition: form-data; name="na%22me%0D%0A"',
        '',
        'V',
        '--b0--',
        '',
      ].join('\r\n'),
    );
    expect(out.description).toEqual({
      mode: 'multipart',
      boundary: 'b0',
      fields: [
        { name: 'meta', value: '{"a":1}', contentType: 'application/json' },
        { name: 'na"me\r\n', value: 'V' },
      ],
    });
  });

  it('an empty form is just the closing delimiter', async () => {
    expect(decoded((await encodeBody(body({ mode: 'multipart' }), { boundary: 'z' })).bytes)).toBe('--z--\r\n');
  });

  it('makes a random boundary when none is given', async () => {
    const out = await encodeBody(body({ mode: 'multipart', multipart: [text('a', '1')] }));
    expect(out.contentType).toMatch(/^multipart\/form-data; boundary=----ReqlabFormBoundary[A-Za-z0-9]{16}$/);
  });

  it('names the field when a file is missing or unreadable', async () => {
    const missing = body({ mode: 'multipart', multipart: [text('a', '1'), filePart('doc')] });
    await expect(encodeBody(missing, { fileResolver })).rejects.toMatchObject({
      name: 'PrepareError',
      field: 'body.multipart[1].file',
      message: 'Choose a file for the form field "doc".',
    });
    const unreadable = body({ mode: 'multipart', multipart: [filePart('doc', file('x.pdf', 'application/pdf', 'nope'))] });
    const error = await encodeBody(unreadable, { fileResolver }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrepareError);
    expect((error as PrepareError).message).toBe('The file "x.pdf" could not be read (gone). Choose it again.');
    await expect(encodeBody(unreadable)).rejects.toThrow(/no file access/);
  });
});

describe('binary', () => {
  it('sends the file bytes with its type, or application/octet-stream', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const png = await encodeBody(body({ mode: 'binary', binary: file('a.png', 'image/png') }), { fileResolver: async () => bytes });
    expect(png.bytes).toBe(bytes);
    expect(png.contentType).toBe('image/png');
    const raw = await encodeBody(body({ mode: 'binary', binary: file('a', '') }), { fileResolver: async () => bytes });
    expect(raw.contentType).toBe('application/octet-stream');
    expect(raw.description).toEqual({ mode: 'binary', file: file('a', ''), contentType: 'application/octet-stream' });
  });

  it('asks for a file when none is chosen', async () => {
    await expect(encodeBody(body({ mode: 'binary' }))).rejects.toMatchObject({ field: 'body.binary' });
  });
});

describe('graphql', () => {
  const gql = (query: string, variables: string, operationName?: string) =>
    body({ mode: 'graphql', graphql: operationName === undefined ? { query, variables } : { query, variables, operationName } });

  it('posts {query, variables, operationName} as JSON', async () => {
    const out = await encodeBody(gql('query Q($id: ID!) { book(id: $id) { title } }', '{"id": "{{id}}"}', 'Q'), {
      resolve: (t) => t.replace('{{id}}', '42'),
    });
    expect(decoded(out.bytes)).toBe('{"query":"query Q($id: ID!) { book(id: $id) { title } }","variables":{"id":"42"},"operationName":"Q"}');
    expect(out.contentType).toBe('application/json');
  });

  it('empty variables are {} and an empty operation name is left out', async () => {
    expect(decoded((await encodeBody(gql('{ a }', '  ', ''))).bytes)).toBe('{"query":"{ a }","variables":{}}');
  });

  it('rejects invalid variables JSON with a clear message', async () => {
    await expect(encodeBody(gql('{ a }', '{"id": }'))).rejects.toMatchObject({
      field: 'body.graphql.variables',
      message: expect.stringMatching(/^GraphQL variables are not valid JSON: /),
    });
    await expect(encodeBody(gql('{ a }', '[1]'))).rejects.toThrow('GraphQL variables must be a JSON object');
  });
});

describe('impliedContentType agrees with encodeBody', () => {
  const bodies: RequestBody[] = [
    body({ mode: 'none' }),
    body({ mode: 'json', raw: '' }),
    body({ mode: 'xml', raw: '<a/>' }),
    body({ mode: 'urlencoded' }),
    body({ mode: 'binary', binary: file('x.bin', '') }),
    body({ mode: 'graphql', graphql: { query: '{a}', variables: '' } }),
  ];
  it.each(bodies.map((b) => [b.mode, b] as const))('%s', async (_mode, b) => {
    const out = await encodeBody(b, { fileResolver: async () => new Uint8Array() });
    expect(impliedContentType(b)).toBe(out.contentType ?? null);
  });
  it('multipart without its boundary', async () => {
    expect(impliedContentType(body({ mode: 'multipart' }))).toBe('multipart/form-data');
  });
});
