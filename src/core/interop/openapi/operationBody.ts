import type { KeyValue, MultipartField, RequestBody } from '../../model';
import { newId, newKeyValue, newRequestBody } from '../../model';
import { rawModeFor } from '../rawMode';
import { type Schema, sampleFromSchema, sampleText } from './sampleFromSchema';

const PREFERRED = [/^application\/json/, /\+json$/, /^application\/x-www-form-urlencoded/, /^multipart\/form-data/, /xml/, /^text\//];

function pickMediaType(content: Record<string, unknown>): string | undefined {
  const types = Object.keys(content);
  for (const re of PREFERRED) {
    const t = types.find((x) => re.test(x.toLowerCase()));
    if (t) return t;
  }
  return types[0];
}

function exampleOf(media: Schema): unknown {
  if (media.example !== undefined) return media.example;
  const examples = media.examples as Record<string, { value?: unknown }> | undefined;
  const first = examples && Object.values(examples)[0];
  if (first && typeof first === 'object' && first.value !== undefined) return first.value;
  return sampleFromSchema(media.schema);
}

/** A request body from the operation's first (preferred) media type, filled from its example or schema. */
export function operationBody(requestBody: unknown, headers: KeyValue[]): RequestBody {
  const body = newRequestBody();
  const content = (requestBody as Schema | undefined)?.content as Record<string, Schema> | undefined;
  if (!content) return body;
  const type = pickMediaType(content);
  if (!type) return body;
  const media = content[type] ?? {};
  const example = exampleOf(media);
  const lower = type.toLowerCase();
  if (lower.startsWith('application/x-www-form-urlencoded')) {
    body.mode = 'urlencoded';
    body.urlencoded = Object.entries((example as Record<string, unknown>) ?? {}).map(([k, v]) => newKeyValue(k, sampleText(v)));
    return body;
  }
  if (lower.startsWith('multipart/form-data')) {
    body.mode = 'multipart';
    const props = ((media.schema as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
    const values = (example as Record<string, unknown>) ?? {};
    body.multipart = Object.keys({ ...props, ...values }).map((k): MultipartField => {
      const isFile = props[k]?.format === 'binary' || props[k]?.format === 'base64' || (props[k]?.type === 'string' && props[k]?.contentMediaType !== undefined);
      return isFile
        ? { id: newId(), key: k, enabled: true, kind: 'file', value: '' }
        : { id: newId(), key: k, enabled: true, kind: 'text', value: sampleText(values[k]) };
    });
    return body;
  }
  body.mode = rawModeFor(lower);
  body.raw = typeof example === 'string' ? example : example === null || example === undefined ? '' : JSON.stringify(example, null, 2);
  if (!headers.some((h) => h.key.toLowerCase() === 'content-type')) headers.push(newKeyValue('Content-Type', type));
  return body;
}
