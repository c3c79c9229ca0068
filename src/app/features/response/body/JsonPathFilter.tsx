import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { openWorkerBody, type WorkerBody } from '../../../../workers/bodyWorkerClient';
import type { JsonPathInfo } from '../../../../workers/bodyProtocol';
import { RowsView } from './RowsView';

interface Props {
  bytes: Uint8Array;
  charset?: string;
  /** The unfiltered view, shown while no filter is applied. */
  children: ReactNode;
}

type Result = { body: WorkerBody; info: JsonPathInfo; query: string } | { error: string };

/** A JSONPath query over the whole body, run in the worker (big bodies parse there, not here). */
export function JsonPathFilter({ bytes, charset, children }: Props) {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const source = useRef<Promise<WorkerBody> | undefined>(undefined);
  useEffect(
    () => () => {
      void source.current?.then((b) => b.close());
      source.current = undefined;
    },
    [bytes],
  );
  useEffect(() => () => (result && 'body' in result ? result.body.close() : undefined), [result]);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (!path.trim()) {
      setResult(undefined);
      return;
    }
    setBusy(true);
    try {
      source.current ??= openWorkerBody(bytes, { kind: 'json', charset });
      const query = path.trim();
      const { result: body, info } = await (await source.current).jsonPath(query);
      setResult({ body, info, query });
    } catch (e) {
      setResult({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="rl-jsonpath">
      <form onSubmit={run} className="rl-jsonpath-form" role="search" aria-label="JSONPath filter">
        <input
          className="rl-input rl-mono"
          aria-label="JSONPath expression"
          placeholder="$.items[*].id"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          spellCheck={false}
        />
        <button type="submit" className="rl-button" disabled={busy}>
          {busy ? 'Filtering…' : 'Filter'}
        </button>
        {result && (
          <button
            type="button"
            className="rl-button"
            onClick={() => {
              setPath('');
              setResult(undefined);
            }}
          >
            Clear filter
          </button>
        )}
      </form>
      {result && 'error' in result && (
        <p role="alert" className="rl-warning-text">
          {result.error}
        </p>
      )}
      {!(result && 'body' in result) && children}
      {result && 'body' in result && (
        <div className="rl-jsonpath-result">
          <p className="rl-muted rl-note" aria-live="polite">
            {/* The query is named: the field may already hold the next one while this result shows. */}
            {result.info.matches === 1 ? '1 match' : `${result.info.matches.toLocaleString()} matches`} of <code>{result.query}</code> in the whole body
          </p>
          <RowsView body={result.body} view="pretty" info={result.info} highlight ariaLabel="JSONPath result" />
        </div>
      )}
    </div>
  );
}
