import { z } from 'zod';

const nameValue = z.looseObject({ name: z.string(), value: z.union([z.string(), z.number(), z.null()]).optional().transform((v) => (v == null ? '' : String(v))) });

export const harPostData = z.looseObject({
  mimeType: z.string().nullish(),
  text: z.string().nullish(),
  params: z
    .array(nameValue.extend({ fileName: z.string().nullish(), filename: z.string().nullish(), contentType: z.string().nullish() }))
    .nullish(),
});

export const harRequest = z.looseObject({
  method: z.string(),
  url: z.string(),
  httpVersion: z.string().nullish(),
  headers: z.array(nameValue).nullish(),
  queryString: z.array(nameValue).nullish(),
  cookies: z.array(z.looseObject({ name: z.string().nullish(), value: z.string().nullish() })).nullish(),
  postData: harPostData.nullish(),
  comment: z.string().nullish(),
});
export type HarRequestIn = z.infer<typeof harRequest>;

export const har = z.looseObject({
  log: z.looseObject({
    version: z.string().nullish(),
    creator: z.looseObject({ name: z.string().nullish() }).nullish(),
    pages: z.array(z.looseObject({ id: z.string().nullish(), title: z.string().nullish() })).nullish(),
    entries: z.array(z.looseObject({ request: harRequest, pageref: z.string().nullish() })),
  }),
});
