import { useEffect, useState } from 'react';
import type { BodyKind } from '../../../../core/format/bodyKind';
import { openWorkerBody, type WorkerBody } from '../../../../workers/bodyWorkerClient';
import type { BodyView, IndexInfo } from '../../../../workers/bodyProtocol';

export type WorkerRows =
  | { state: 'loading' }
  | { state: 'ready'; body: WorkerBody; info: IndexInfo }
  | { state: 'error'; message: string };

/** Hands `bytes` to the body worker and indexes one view; closes the worker copy when done. */
export function useWorkerRows(bytes: Uint8Array | undefined, kind: BodyKind, charset: string | undefined, view: BodyView): WorkerRows {
  const [rows, setRows] = useState<WorkerRows & { key?: unknown }>({ state: 'loading' });
  useEffect(() => {
    if (!bytes) return;
    const controller = new AbortController();
    let body: WorkerBody | undefined;
    setRows({ state: 'loading' });
    openWorkerBody(bytes, { kind, charset, signal: controller.signal })
      .then(async (opened) => {
        body = opened;
        const info = await opened.index(view);
        if (!controller.signal.aborted) setRows({ state: 'ready', body: opened, info });
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setRows({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      controller.abort();
      body?.close();
    };
  }, [bytes, kind, charset, view]);
  return rows;
}
