import { z } from 'zod';

/**
 * Postman collection v2.0/v2.1 as found in real exports, not as the 2018 schema wishes:
 * values may be numbers, booleans or null, headers may be a string, descriptions an object.
 */
export const scalar = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((v) => (v === null || v === undefined ? '' : String(v)));

export const description = z
  .union([z.string(), z.looseObject({ content: z.string().nullish() }), z.null()])
  .optional()
  .transform((d) => (d === null || d === undefined ? undefined : typeof d === 'string' ? d : (d.content ?? undefined)));

const keyValue = z.looseObject({
  key: scalar,
  value: scalar,
  disabled: z.boolean().nullish(),
  description,
});
export type PmKeyValue = z.infer<typeof keyValue>;

const queryParam = keyValue.extend({ key: z.union([z.string(), z.null()]).optional() });

export const url = z.union([
  z.string(),
  z.looseObject({
    raw: z.string().nullish(),
    protocol: z.string().nullish(),
    host: z.union([z.string(), z.array(scalar)]).nullish(),
    port: scalar,
    path: z.union([z.string(), z.array(z.union([z.string(), z.looseObject({ value: scalar })]))]).nullish(),
    query: z.array(queryParam).nullish(),
    hash: z.string().nullish(),
    variable: z.array(keyValue.extend({ type: z.string().nullish() })).nullish(),
  }),
]);
export type PmUrl = z.infer<typeof url>;

const authParam = z.looseObject({ key: z.string(), value: z.unknown().optional(), type: z.string().nullish() });
/** v2.1 stores auth params as [{key, value}], v2.0 as an object. */
export const auth = z
  .looseObject({ type: z.string() })
  .catchall(z.union([z.array(authParam), z.record(z.string(), z.unknown()), z.unknown()]))
  .nullish();
export type PmAuth = z.infer<typeof auth>;

const formParam = z.looseObject({
  key: scalar,
  value: z.unknown().optional(),
  type: z.string().nullish(),
  src: z.union([z.string(), z.array(z.string()), z.null()]).optional(),
  disabled: z.boolean().nullish(),
  contentType: z.string().nullish(),
  description,
});
export type PmFormParam = z.infer<typeof formParam>;

/** Some exporters write `"formdata": ""` for an empty list. */
const emptyStringAsList = (v: unknown) => (v === '' ? [] : v);
/** A lone event object where a list belongs. */
const asList = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? [v] : v);

export const body = z
  .looseObject({
    mode: z.string().nullish(),
    raw: z.string().nullish(),
    urlencoded: z.preprocess(emptyStringAsList, z.array(keyValue).nullish()),
    formdata: z.preprocess(emptyStringAsList, z.array(formParam).nullish()),
    file: z.looseObject({ src: z.string().nullish(), content: z.string().nullish() }).nullish(),
    graphql: z
      .looseObject({ query: z.string().nullish(), variables: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish() })
      .nullish(),
    options: z.looseObject({ raw: z.looseObject({ language: z.string().nullish() }).nullish() }).nullish(),
    disabled: z.boolean().nullish(),
  })
  .nullish();
export type PmBody = z.infer<typeof body>;

export const headerList = z.union([z.array(keyValue), z.string(), z.null()]).optional();

export const event = z.looseObject({
  listen: z.string(),
  script: z
    .looseObject({ exec: z.union([z.array(z.string()), z.string()]).nullish(), type: z.string().nullish() })
    .nullish(),
  disabled: z.boolean().nullish(),
});
export type PmEvent = z.infer<typeof event>;

export const request = z.union([
  z.string(),
  z.looseObject({
    url: url.nullish(),
    method: z.string().nullish(),
    header: headerList,
    body,
    auth,
    description,
  }),
]);
export type PmRequest = z.infer<typeof request>;

export const variable = z.looseObject({
  key: scalar,
  id: scalar,
  value: z.unknown().optional(),
  type: z.string().nullish(),
  disabled: z.boolean().nullish(),
  description,
});
export type PmVariable = z.infer<typeof variable>;

export const response = z.looseObject({
  name: scalar,
  originalRequest: z.unknown().optional(),
  status: scalar,
  code: z.number().nullish(),
  header: z.union([z.array(keyValue), z.string(), z.null()]).optional(),
  body: z.string().nullish(),
});

export interface PmItem {
  name?: string;
  description?: string;
  request?: PmRequest | null;
  response?: z.infer<typeof response>[] | null;
  item?: PmItem[] | null;
  auth?: PmAuth;
  variable?: PmVariable[] | null;
  event?: PmEvent[] | null;
}

export const item: z.ZodType<PmItem> = z.lazy(() =>
  z.looseObject({
    name: scalar,
    description,
    request: request.nullish(),
    response: z.array(response).nullish(),
    item: z.array(item).nullish(),
    auth,
    variable: z.array(variable).nullish(),
    event: z.preprocess(asList, z.array(event).nullish()),
  }),
) as unknown as z.ZodType<PmItem>;

export const collection = z.looseObject({
  info: z
    .looseObject({ name: scalar, description, schema: z.string().nullish(), _postman_id: z.string().nullish() })
    .nullish(),
  name: scalar,
  description,
  item: z.array(item),
  auth,
  variable: z.array(variable).nullish(),
  event: z.preprocess(asList, z.array(event).nullish()),
});
export type PmCollection = z.infer<typeof collection>;

export const environment = z.looseObject({
  name: scalar,
  values: z.array(
    z.looseObject({
      key: scalar,
      value: z.unknown().optional(),
      enabled: z.boolean().nullish(),
      disabled: z.boolean().nullish(),
      type: z.string().nullish(),
    }),
  ),
  _postman_variable_scope: z.string().nullish(),
});
export type PmEnvironment = z.infer<typeof environment>;
