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

/**
 * Copies `bytes` to the worker (the caller keeps its own copy for Save, Hex and history)
 * and returns a handle. Cancels quietly if `signal` aborts between slices.
 */
export async function openWorkerBody(
  bytes: Uint8Array,
  opts: { kind: BodyKind; charset?: string; signal?: AbortSignal },
): Promise<WorkerBody> {
  const docId = `doc-${nextDoc++}`;
  const w = getWorker();
  w.postMessage({ type: 'begin', docId, totalBytes: bytes.length, kind: opts.kind, charset: opts.charset } satisfies BodyWorkerRequest);
  for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
    if (opts.signal?.aborted) {
      w.postMessage({ type: 'close', docId } satisfies BodyWorkerRequest);
      throw new DOMException('Cancelled', 'AbortError');
    }
    const slice = bytes.slice(offset, offset + CHUNK_BYTES);
    w.postMessage({ type: 'chunk', docId, offset, buffer: slice.buffer } satisfies BodyWorkerRequest, [slice.buffer]);
    if (offset + CHUNK_BYTES < bytes.length) await yieldToPage();
  }
  return handle(docId);
}

/** Starts the worker ahead of need (while a request runs), so the response doesn't pay for it. */
export function warmBodyWorker(): void {
  getWorker();
}
