import type { BodyDescription, FileRef, FileResolver, RawBodyMode, RequestBody } from '../model';
import { utf8Encode } from '../encoding';
import { PrepareError } from '../prepare/PrepareError';
import { graphqlPayload } from './graphql';
import { encodeMultipart, randomBoundary, type MultipartPart } from './multipart';
import { formUrlEncode } from './urlencoded';

export const RAW_CONTENT_TYPES: Record<RawBodyMode, string> = {
  json: 'application/json',
  text: 'text/plain',
  xml: 'application/xml',
  html: 'text/html',
};

export interface EncodedBody {
  /** null when there is no body to send. */
  bytes: Uint8Array | null;
  description: BodyDescription;
  /** The Content-Type the mode implies (sent unless the person sets their own). */
  contentType?: string;
}

export interface EncodeBodyOptions {
  /** Resolves `{{variables}}` in texts; identity by default. */
  resolve?: (text: string) => string;
  fileResolver?: FileResolver;
  /** Fixed multipart boundary (tests, reproducible exports); random by default. */
  boundary?: string;
}

/**
 * Every body mode → bytes, a description (for code and export) and the implied Content-Type.
 * An empty raw text sends no body and no Content-Type. Disabled rows are skipped, and so are
 * rows whose name and value are both empty (a table's blank last line).
 */
export async function encodeBody(body: RequestBody, opts: EncodeBodyOptions = {}): Promise<EncodedBody> {
  const resolve = opts.resolve ?? ((t: string) => t);
  switch (body.mode) {
    case 'none':
      return { bytes: null, description: { mode: 'none' } };
    case 'json':
    case 'text':
    case 'xml':
    case 'html': {
      if (body.raw === '') return { bytes: null, description: { mode: 'none' } };
      const text = resolve(body.raw);
      const contentType = RAW_CONTENT_TYPES[body.mode];
      return { bytes: utf8Encode(text), description: { mode: 'raw', text, contentType }, contentType };
    }
    case 'urlencoded': {
      const fields = body.urlencoded
        .filter((row) => row.enabled && !(row.key === '' && row.value === ''))
        .map((row): [string, string] => [resolve(row.key), resolve(row.value)]);
      const contentType = 'application/x-www-form-urlencoded';
      return { bytes: utf8Encode(formUrlEncode(fields)), description: { mode: 'urlencoded', fields }, contentType };
    }
    case 'multipart':
      return encodeMultipartBody(body, resolve, opts);
    case 'binary': {
      if (!body.binary) throw new PrepareError('body.binary', 'Choose a file to send as the body.');
      const bytes = await readFile(body.binary, opts.fileResolver, 'body.binary');
      const contentType = body.binary.type || 'application/octet-stream';
      return { bytes, description: { mode: 'binary', file: body.binary, contentType }, contentType };
    }
    case 'graphql': {
      const text = graphqlPayload({
        query: resolve(body.graphql.query),
        variables: resolve(body.graphql.variables),
        operationName: body.graphql.operationName === undefined ? undefined : resolve(body.graphql.operationName),
      });
      const contentType = 'application/json';
      return { bytes: utf8Encode(text), description: { mode: 'raw', text, contentType }, contentType };
    }
  }
}

async function encodeMultipartBody(
  body: RequestBody,
  resolve: (text: string) => string,
  opts: EncodeBodyOptions,
): Promise<EncodedBody> {
  const boundary = opts.boundary ?? randomBoundary();
  const parts: MultipartPart[] = [];
  const fields: Extract<BodyDescription, { mode: 'multipart' }>['fields'] = [];
  for (const [index, row] of body.multipart.entries()) {
    if (!row.enabled) continue;
    const name = resolve(row.key);
    const contentType = row.contentType ? resolve(row.contentType) : undefined;
    if (row.kind === 'file') {
      const field = `body.multipart[${index}].file`;
      if (!row.file) throw new PrepareError(field, `Choose a file for the form field "${name}".`);
      const bytes = await readFile(row.file, opts.fileResolver, field);
      parts.push(contentType ? { name, file: row.file, bytes, contentType } : { name, file: row.file, bytes });
      fields.push(contentType ? { name, file: row.file, contentType } : { name, file: row.file });
    } else {
      if (row.key === '' && row.value === '') continue;
      const value = resolve(row.value);
      parts.push(contentType ? { name, value, contentType } : { name, value });
      fields.push(contentType ? { name, value, contentType } : { name, value });
    }
  }
  return {
    bytes: encodeMultipart(parts, boundary),
    description: { mode: 'multipart', boundary, fields },
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function readFile(file: FileRef, resolver: FileResolver | undefined, field: string): Promise<Uint8Array> {
  if (!resolver) throw new PrepareError(field, `The file "${file.name}" cannot be read here: no file access was given.`);
  try {
    return await resolver(file);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new PrepareError(field, `The file "${file.name}" could not be read (${reason}). Choose it again.`);
  }
}
