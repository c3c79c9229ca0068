import type { ImportResult } from '../../../core/model';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../workers/importWorker';

/** An import that could not be done; `path` says where in the file (`item[3].request.url`). */
export class ImportFailure extends Error {
  readonly path: string;
  constructor(message: string, path = '') {
    super(message);
    this.name = 'ImportFailure';
    this.path = path;
  }
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: ImportResult) => void; reject: (e: Error) => void }>();

function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new ImportFailure(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('../../../workers/importWorker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<ImportWorkerResponse>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new ImportFailure(msg.error.message, msg.error.path));
  });
  // A worker that dies (out of memory on a huge file) must not leave the dialog waiting forever.
  w.addEventListener('error', (event) => failAll(`The import stopped unexpectedly: ${event.message || 'the import worker failed'}`));
  worker = w;
  return w;
}

/** Parses and converts the text in the import worker, so a 13 MB collection never freezes the page. */
export function importInWorker(text: string, filename?: string): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const msg: ImportWorkerRequest = filename ? { id, text, filename } : { id, text };
    getWorker().postMessage(msg);
  });
}
