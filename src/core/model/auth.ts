/**
 * Auth as the person set it on a request, folder or collection.
 * `inherit` takes the nearest parent's auth (Postman's rule); `none` stops inheritance.
 */
export type Auth =
  | { type: 'inherit' }
  | { type: 'none' }
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string; prefix?: string }
  | { type: 'apikey'; key: string; value: string; in: 'header' | 'query' }
  | { type: 'digest'; username: string; password: string }
  /** AWS Signature Version 4: each request signed with the secret key, which is never sent. */
  | { type: 'awsv4'; accessKey: string; secretKey: string; sessionToken?: string; region: string; service: string };

export type AuthType = Auth['type'];
