import { useCallback, useRef, useState } from 'react';
import { decodeText } from '../../../core/interop/decodeText';
import type { ImportResult } from '../../../core/model';
import { ImportFailure, importInWorker } from './importClient';

export type ImportRunState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName?: string }
  | { kind: 'ready'; result: ImportResult; fileName?: string }
  | { kind: 'failed'; message: string; path: string; fileName?: string };

/** Runs one import at a time in the worker; a newer run makes an older one's answer irrelevant. */
export function useImportRun() {
  const [state, setState] = useState<ImportRunState>({ kind: 'idle' });
  const runId = useRef(0);

  const run = useCallback(async (text: string, fileName?: string) => {
    const id = ++runId.current;
    setState({ kind: 'reading', ...(fileName ? { fileName } : {}) });
    try {
      const result = await importInWorker(text, fileName);
      if (id === runId.current) setState({ kind: 'ready', result, ...(fileName ? { fileName } : {}) });
    } catch (e) {
      if (id !== runId.current) return;
      const path = e instanceof ImportFailure ? e.path : '';
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e), path, ...(fileName ? { fileName } : {}) });
    }
  }, []);

  const runFile = useCallback(
    async (file: File) => {
      let text: string;
      try {
        // Bytes, not file.text(): Postman on Windows writes UTF-16 with a BOM.
        text = decodeText(new Uint8Array(await file.arrayBuffer()));
      } catch (e) {
        setState({ kind: 'failed', message: `"${file.name}" could not be read: ${(e as Error).message}`, path: '', fileName: file.name });
        return;
      }
      await run(text, file.name);
    },
    [run],
  );

  const reset = useCallback(() => {
    runId.current++;
    setState({ kind: 'idle' });
  }, []);

  return { state, run, runFile, reset };
}
