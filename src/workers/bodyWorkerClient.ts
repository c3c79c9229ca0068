import type { BodyKind } from '../core/format/bodyKind';
import type { BodyView, BodyWorkerReply, BodyWorkerRequest, IndexInfo, JsonPathInfo } from './bodyProtocol';

/** Bodies are copied to the worker in 1 MB slices (~1-2 ms each), yielding between them, so the page never stalls. */
const CHUNK_BYTES = 1024 * 1024;

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Ask = BodyWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | undefined;
let nextId = 1;
let nextDoc = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./bodyWorker.ts', import.meta.url), { type: 'module', name: 'reqlab-body' });
    worker.onmessage = (event: MessageEvent<BodyWorkerReply>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'The body worker failed');
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      worker = undefined;
    };
  }
  return worker;
}

function ask<T>(message: Ask): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    getWorker().postMessage({ ...message, id });
  });
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A body held by the worker; rows are fetched on demand, so the page never holds them all. */
export interface WorkerBody {
  docId: string;
  index(view: BodyView): Promise<IndexInfo>;
  rows(view: BodyView, from: number, to: number): Promise<string[]>;
  text(view: BodyView): Promise<string>;
  jsonPath(path: string): Promise<{ result: WorkerBody; info: JsonPathInfo }>;
  close(): void;
}

function handle(docId: string): WorkerBody {
  return {
    docId,
    index: (view) => ask<IndexInfo>({ type: 'index', docId, view }),
    rows: (view, from, to) => ask<string[]>({ type: 'rows', docId, view, from, to }),
    text: (view) => ask<string>({ type: 'text', docId, view }),
    async jsonPath(path) {
      const resultDocId = `doc-${nextDoc++}`;
      const info = await ask<JsonPathInfo>({ type: 'jsonpath', docId, path, resultDocId });
      return { result: handle(resultDocId), info };
    },
    close: () => getWorker().postMessage({ type: 'close', docId } satisfies BodyWorkerRequest),
  };
}

interface SharedDoc {
  ready: Promise<string>;
  refs: number;
}

/** One worker copy per body and charset, shared by the views that show it (Pretty, Raw, JSONPath). */
const shared = new WeakMap<Uint8Array, Map<string, SharedDoc>>();

async function copyToWorker(bytes: Uint8Array, kind: BodyKind, charset: string | undefined): Promise<string> {
  const docId = `doc-${nextDoc++}`;
  const w = getWorker();
  w.postMessage({ type: 'begin', docId, totalBytes: bytes.length, kind, charset } satisfies BodyWorkerRequest);
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    const slice = bytes.slice(offset, offset + CHUNK_BYTES);
    w.postMessage({ type: 'chunk', docId, offset, buffer: slice.buffer } satisfies BodyWorkerRequest, [slice.buffer]);
    if (offset + CHUNK_BYTES < bytes.length) await yieldToPage();
  }
  return docId;
}

/**
 * Gives the worker a copy of `bytes` (the caller keeps its own for Save, Hex and history) and
 * returns a handle. Views of the same body share one copy; it is freed when the last handle closes.
 * Rejects with an AbortError if `signal` aborts first (the copy is then released).
 */
export async function openWorkerBody(
  bytes: Uint8Array,
  opts: { kind: BodyKind; charset?: string; signal?: AbortSignal },
): Promise<WorkerBody> {
  const key = `${opts.kind}|${opts.charset ?? ''}`;
  let byKey = shared.get(bytes);
  if (!byKey) shared.set(bytes, (byKey = new Map()));
  let entry = byKey.get(key);
  if (!entry) {
    entry = { ready: copyToWorker(bytes, opts.kind, opts.charset), refs: 0 };
    byKey.set(key, entry);
  }
  entry.refs++;
  const current = entry;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    current.refs--;
    if (current.refs > 0) return;
    byKey.delete(key);
    void current.ready.then((docId) => getWorker().postMessage({ type: 'close', docId } satisfies BodyWorkerRequest));
  };
  const docId = await current.ready;
  if (opts.signal?.aborted) {
    release();
    throw new DOMException('Cancelled', 'AbortError');
  }
  return { ...handle(docId), close: release };
}

/** Starts the worker ahead of need (while a request runs), so the response doesn't pay for it. */
export function warmBodyWorker(): void {
  getWorker();
}
