import type { KeyValue } from './keyValue';

export type BodyMode =
  | 'none'
  | 'json'
  | 'text'
  | 'xml'
  | 'html'
  | 'urlencoded'
  | 'multipart'
  | 'binary'
  | 'graphql';

/** Raw modes share one text, as in Postman: switching json → text keeps it. */
export const RAW_BODY_MODES = ['json', 'text', 'xml', 'html'] as const;
export type RawBodyMode = (typeof RAW_BODY_MODES)[number];

/**
 * A file chosen by the person. The bytes live outside the model (a Blob store in the
 * browser, a path on disk in Node) and are fetched through a FileResolver when preparing.
 */
export interface FileRef {
  id: string;
  name: string;
  type: string;
  size: number;
  /** Where the file came from when imported (Postman `src`, cURL `@path`); informative only. */
  path?: string;
}

/** Fetches a chosen file's bytes when preparing (Blob store in the browser, disk in Node). */
export type FileResolver = (ref: FileRef) => Promise<Uint8Array>;

export interface MultipartField {
  id: string;
  key: string;
  enabled: boolean;
  kind: 'text' | 'file';
  value: string;
  file?: FileRef;
  /** Optional per-part Content-Type. */
  contentType?: string;
  description?: string;
}

export interface GraphqlBody {
  query: string;
  /** JSON text, kept as typed. */
  variables: string;
  operationName?: string;
}

/** Every mode's content is kept so that switching modes never loses what was typed. */
export interface RequestBody {
  mode: BodyMode;
  raw: string;
  urlencoded: KeyValue[];
  multipart: MultipartField[];
  binary?: FileRef;
  graphql: GraphqlBody;
}
