import { z } from 'zod';
import { HAWK_ALGORITHMS, JWT_ALGORITHMS, OAUTH1_SIGNATURE_METHODS, OAUTH2_GRANTS } from '../model/auth';

/**
 * Schemas of the current (v2) stored records. Loose objects keep fields a newer minor change added;
 * arrays that an editor iterates default to [] so a record missing one still opens.
 */
const keyValue = z.looseObject({
  id: z.string(),
  key: z.string(),
  value: z.string(),
  enabled: z.boolean(),
  description: z.string().optional(),
});

export const variableSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  value: z.string(),
  currentValue: z.string().optional(),
  enabled: z.boolean(),
  secret: z.boolean(),
});

export const authSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('inherit') }),
  z.looseObject({ type: z.literal('none') }),
  z.looseObject({ type: z.literal('basic'), username: z.string(), password: z.string() }),
  z.looseObject({ type: z.literal('bearer'), token: z.string(), prefix: z.string().optional() }),
  z.looseObject({ type: z.literal('apikey'), key: z.string(), value: z.string(), in: z.enum(['header', 'query']) }),
  z.looseObject({ type: z.literal('digest'), username: z.string(), password: z.string() }),
  z.looseObject({ type: z.literal('ntlm'), username: z.string(), password: z.string(), domain: z.string(), workstation: z.string() }),
  z.looseObject({ type: z.literal('awsv4'), accessKey: z.string(), secretKey: z.string(), sessionToken: z.string().optional(), region: z.string(), service: z.string() }),
  z.looseObject({
    type: z.literal('jwt'),
    algorithm: z.enum(JWT_ALGORITHMS),
    secret: z.string(),
    secretBase64: z.boolean().optional(),
    privateKey: z.string(),
    payload: z.string(),
    header: z.string(),
    prefix: z.string().optional(),
    in: z.enum(['header', 'query']),
    queryKey: z.string().optional(),
  }),
  z.looseObject({
    type: z.literal('hawk'),
    authId: z.string(),
    authKey: z.string(),
    algorithm: z.enum(HAWK_ALGORITHMS),
    extraData: z.string().optional(),
    app: z.string().optional(),
    delegation: z.string().optional(),
    nonce: z.string().optional(),
    timestamp: z.string().optional(),
    includePayloadHash: z.boolean().optional(),
  }),
  z.looseObject({
    type: z.literal('oauth1'),
    signatureMethod: z.enum(OAUTH1_SIGNATURE_METHODS),
    consumerKey: z.string(),
    consumerSecret: z.string(),
    token: z.string(),
    tokenSecret: z.string(),
    privateKey: z.string().optional(),
    callback: z.string().optional(),
    verifier: z.string().optional(),
    realm: z.string().optional(),
    nonce: z.string().optional(),
    timestamp: z.string().optional(),
    version: z.boolean(),
    in: z.enum(['header', 'query']),
    includeEmpty: z.boolean().optional(),
    includeBodyHash: z.boolean().optional(),
  }),
  z.looseObject({
    type: z.literal('edgegrid'),
    clientToken: z.string(),
    clientSecret: z.string(),
    accessToken: z.string(),
    headersToSign: z.string().optional(),
    maxBodySize: z.number().int().positive().optional(),
    nonce: z.string().optional(),
    timestamp: z.string().optional(),
  }),
  z.looseObject({
    type: z.literal('oauth2'),
    grant: z.enum(OAUTH2_GRANTS),
    authUrl: z.string(),
    tokenUrl: z.string(),
    clientId: z.string(),
    clientSecret: z.string(),
    clientAuth: z.enum(['basic', 'body']),
    scope: z.string(),
    redirectUri: z.string(),
    pkce: z.boolean(),
    username: z.string(),
    password: z.string(),
    audience: z.string().optional(),
    resource: z.string().optional(),
    extraParams: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
    accessToken: z.string().optional(),
    prefix: z.string().optional(),
    in: z.enum(['header', 'query']),
  }),
]);

const bodySchema = z.looseObject({
  mode: z.enum(['none', 'json', 'text', 'xml', 'html', 'urlencoded', 'multipart', 'binary', 'graphql']),
  raw: z.string().default(''),
  urlencoded: z.array(keyValue).default([]),
  multipart: z.array(z.looseObject({ id: z.string(), key: z.string() })).default([]),
  graphql: z.looseObject({ query: z.string(), variables: z.string() }).default({ query: '', variables: '' }),
});

export const requestSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  method: z.string(),
  url: z.string(),
  params: z.array(keyValue).default([]),
  pathVariables: z.array(keyValue).default([]),
  headers: z.array(keyValue).default([]),
  auth: authSchema,
  body: bodySchema,
  settings: z
    .looseObject({
      timeoutMs: z.number(),
      followRedirects: z.boolean(),
      maxRedirects: z.number(),
      sender: z.enum(['default', 'relay', 'browser']),
      cookieJar: z.boolean().optional(),
    })
    .default({ timeoutMs: 0, followRedirects: true, maxRedirects: 10, sender: 'default' }),
  description: z.string().optional(),
});

const nodeBase = {
  schemaVersion: z.number(),
  id: z.string().min(1),
  parentId: z.string().nullable(),
  collectionId: z.string().min(1),
  order: z.number().refine(Number.isFinite, 'must be a finite number'),
  updatedAt: z.number(),
};

const containerFields = {
  name: z.string(),
  description: z.string().optional(),
  auth: authSchema,
  variables: z.array(variableSchema),
};

export const nodeSchema = z.discriminatedUnion('kind', [
  z.looseObject({ ...nodeBase, kind: z.literal('collection'), ...containerFields }),
  z.looseObject({ ...nodeBase, kind: z.literal('folder'), ...containerFields }),
  z.looseObject({ ...nodeBase, kind: z.literal('request'), request: requestSchema }),
]);

export const environmentSchema = z.looseObject({
  schemaVersion: z.number(),
  id: z.string().min(1),
  kind: z.enum(['environment', 'globals']),
  name: z.string(),
  variables: z.array(variableSchema),
  updatedAt: z.number(),
});

export const historyHeadSchema = z.looseObject({
  schemaVersion: z.number(),
  id: z.string().min(1),
  createdAt: z.number(),
  method: z.string(),
  url: z.string(),
  status: z.number().optional(),
  durationMs: z.number().optional(),
});

export const historyEntrySchema = z.looseObject({
  schemaVersion: z.number(),
  id: z.string().min(1),
  createdAt: z.number(),
  request: requestSchema,
  prepared: z.looseObject({
    method: z.string(),
    url: z.string(),
    headers: z.array(z.looseObject({ name: z.string(), value: z.string() })),
    bodySize: z.number(),
  }),
  response: z
    .looseObject({
      status: z.number(),
      statusText: z.string(),
      headers: z.array(z.tuple([z.string(), z.string()])),
      bodySize: z.number(),
      bodyCut: z.boolean(),
    })
    .optional(),
  error: z.looseObject({ code: z.string(), message: z.string() }).optional(),
  scripts: z
    .looseObject({
      tests: z.array(
        z.looseObject({ name: z.string(), passed: z.boolean(), script: z.string(), error: z.string().optional(), skipped: z.boolean().optional() }),
      ),
      console: z.array(z.looseObject({ level: z.enum(['log', 'info', 'warn', 'error']), text: z.string(), script: z.string() })),
      failures: z.array(z.looseObject({ script: z.string(), kind: z.enum(['error', 'timeout', 'memory']), message: z.string() })),
    })
    .optional(),
});

export const historyBodySchema = z.looseObject({
  schemaVersion: z.number(),
  id: z.string().min(1),
  bytes: z.instanceof(Uint8Array),
  cut: z.boolean(),
  fullSize: z.number(),
});

/** "request.headers[2].key: expected string" — the first problems of a failed parse, with paths. */
export function describeIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.reduce<string>(
        (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
        prefix,
      );
      return `${path || '(record)'}: ${issue.message}`;
    })
    .join('; ');
}
