/// <reference lib="webworker" />
/**
 * Imports off the main thread: a 13 MB Postman collection parses and converts here while
 * the page stays responsive. Use with `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`,
 * post an ImportWorkerRequest, get one ImportWorkerResponse with the same id back.
 */
import type { ImportResult } from '../core/model';
import { importAny } from '../core/interop/importAny';
import { ImportError } from '../core/interop/importError';

export interface ImportWorkerRequest {
  id: number;
  text: string;
  filename?: string;
}

export type ImportWorkerResponse =
  | { id: number; ok: true; result: ImportResult }
  | { id: number; ok: false; error: { message: string; path?: string } };

export function handleImportRequest(msg: ImportWorkerRequest): ImportWorkerResponse {
  try {
    return { id: msg.id, ok: true, result: importAny(msg.text, msg.filename) };
  } catch (e) {
    const error = e instanceof ImportError ? { message: e.reason, path: e.path } : { message: `The import failed: ${(e as Error).message}` };
    return { id: msg.id, ok: false, error };
  }
}

// Only inside a dedicated worker: importing this module elsewhere (tests) has no side effect.
const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; addEventListener?: (t: string, l: (e: MessageEvent) => void) => void; postMessage?: (m: unknown) => void };
if (scope.WorkerGlobalScope !== undefined && typeof scope.addEventListener === 'function') {
  scope.addEventListener('message', (event: MessageEvent<ImportWorkerRequest>) => {
    scope.postMessage!(handleImportRequest(event.data));
  });
}
