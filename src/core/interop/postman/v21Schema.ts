import { z } from 'zod';

/**
 * Postman collection v2.1 as the published schema describes it (written from the spec, for
 * checking our exports), plus the three things Postman itself writes that the 2018 build
 * lacks: `apikey` auth, `graphql` bodies and `secret` variables.
 */
const description = z.union([z.string(), z.object({ content: z.string().optional(), type: z.string().optional() }), z.null()]).optional();
const authAttribute = z.object({ key: z.string(), value: z.unknown().optional(), type: z.string().optional() });
const authTypes = ['apikey', 'awsv4', 'basic', 'bearer', 'digest', 'edgegrid', 'hawk', 'noauth', 'oauth1', 'oauth2', 'ntlm'] as const;
export const v21Auth = z.object({ type: z.enum(authTypes) }).catchall(z.array(authAttribute)).nullable().optional();
const variable = z.object({
  id: z.string().optional(), key: z.string().optional(), value: z.unknown().optional(),
  type: z.enum(['string', 'boolean', 'any', 'number', 'secret']).optional(), name: z.string().optional(), description, system: z.boolean().optional(), disabled: z.boolean().optional(),
});
const header = z.object({ key: z.string(), value: z.string(), disabled: z.boolean().optional(), description });
const query = z.object({ key: z.string().nullable(), value: z.string().nullable(), disabled: z.boolean().optional(), description });
const url = z.union([z.string(), z.object({
  raw: z.string().optional(), protocol: z.string().optional(), host: z.union([z.string(), z.array(z.string())]).optional(),
  path: z.union([z.string(), z.array(z.union([z.string(), z.object({ type: z.string().optional(), value: z.string().optional() })]))]).optional(),
  port: z.string().optional(), query: z.array(query).optional(), hash: z.string().optional(), variable: z.array(variable).optional(),
})]);
const formParam = z.union([
  z.object({ key: z.string(), value: z.string().optional(), type: z.literal('text').optional(), disabled: z.boolean().optional(), contentType: z.string().optional(), description }),
  z.object({ key: z.string(), src: z.union([z.string(), z.array(z.string()), z.null()]).optional(), type: z.literal('file'), disabled: z.boolean().optional(), contentType: z.string().optional(), description }),
]);
const body = z.object({
  mode: z.enum(['raw', 'urlencoded', 'formdata', 'file', 'graphql']).optional(),
  raw: z.string().optional(),
  urlencoded: z.array(z.object({ key: z.string(), value: z.string().optional(), disabled: z.boolean().optional(), description })).optional(),
  formdata: z.array(formParam).optional(),
  file: z.object({ src: z.string().nullable().optional(), content: z.string().optional() }).optional(),
  graphql: z.object({ query: z.string().optional(), variables: z.string().optional() }).optional(),
  options: z.object({}).catchall(z.unknown()).optional(),
  disabled: z.boolean().optional(),
}).nullable().optional();
const request = z.union([z.string(), z.object({
  url: url.optional(), auth: v21Auth, method: z.string().optional(), description,
  header: z.union([z.array(header), z.string()]).optional(), body,
})]);
const event = z.object({ listen: z.string(), script: z.object({ type: z.string().optional(), exec: z.union([z.array(z.string()), z.string()]).optional() }).optional(), disabled: z.boolean().optional() });
const response = z.object({ name: z.string().optional(), originalRequest: request.optional(), status: z.string().optional(), code: z.number().int().optional(), header: z.union([z.array(header), z.string(), z.null()]).optional(), body: z.string().nullable().optional() });
const item = z.object({ name: z.string().optional(), description, variable: z.array(variable).optional(), event: z.array(event).optional(), request, response: z.array(response).optional() });
type Group = { name?: string; item: (z.infer<typeof item> | Group)[] };
const group: z.ZodType<Group> = z.lazy(() => z.object({ name: z.string().optional(), description, variable: z.array(variable).optional(), event: z.array(event).optional(), auth: v21Auth, item: z.array(z.union([item, group])) })) as unknown as z.ZodType<Group>;
export const v21Collection = z.object({
  info: z.object({ name: z.string(), _postman_id: z.string().optional(), description, version: z.unknown().optional(), schema: z.string().regex(/^https:\/\/schema\.getpostman\.com\/json\/collection\/v2\.1\.0\//) }),
  item: z.array(z.union([item, group])),
  event: z.array(event).optional(), variable: z.array(variable).optional(), auth: v21Auth,
});
export const v21Environment = z.object({
  id: z.string().optional(), name: z.string(),
  values: z.array(z.object({ key: z.string(), value: z.string(), type: z.enum(['default', 'secret']).optional(), enabled: z.boolean() })),
  _postman_variable_scope: z.enum(['environment', 'globals']),
}).loose();
