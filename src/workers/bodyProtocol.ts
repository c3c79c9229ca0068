import type { BodyKind } from '../core/format/bodyKind';

/** `pretty`: formatted rows (JSON re-indented, markup re-indented); `raw`: the text as received. */
export type BodyView = 'pretty' | 'raw';

export interface IndexInfo {
  /** Number of rows (continuation rows of very long lines included). */
  count: number;
  /** False when pretty was asked for but the body is shown as received. */
  formatted: boolean;
  /** Why it is not formatted, or that the shown part ends inside a value. */
  note?: string;
}

export interface JsonPathInfo extends IndexInfo {
  matches: number;
}

export type BodyWorkerRequest =
  | { type: 'begin'; docId: string; totalBytes: number; kind: BodyKind; charset?: string }
  | { type: 'chunk'; docId: string; offset: number; buffer: ArrayBuffer }
  | { type: 'index'; id: number; docId: string; view: BodyView }
  | { type: 'rows'; id: number; docId: string; view: BodyView; from: number; to: number }
  | { type: 'text'; id: number; docId: string; view: BodyView }
  | { type: 'jsonpath'; id: number; docId: string; path: string; resultDocId: string }
  | { type: 'close'; docId: string };

export type BodyWorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };
