import { formatBytes } from '../../../core/format/bytes';
import { formatDuration } from '../../../core/format/duration';
import type { Exchange } from '../../../core/model';
import { lazy, Suspense, useEffect } from 'react';
import { warmBodyWorker } from '../../../workers/bodyWorkerClient';
import { useElapsed } from './useElapsed';

/** The status and first lines of a response still arriving, with the HTTP status tables behind them: not on the first screen. */
export const loadPartialView = () => import('./PartialResponseView').then((m) => ({ default: m.PartialResponseView }));
const PartialResponseView = lazy(loadPartialView);

/** While a request runs: elapsed time, the bytes received so far and, once the head came, the status and first lines. */
export function SendingState({ exchange }: { exchange: Exchange }) {
  const elapsed = useElapsed(exchange.startedAt, true);
  useEffect(warmBodyWorker, []);
  const loaded = exchange.progress?.loaded ?? 0;
  const total = exchange.progress?.total;
  return (
    <>
      <div className="rl-sending" role="status" aria-live="polite">
        <span className="rl-spinner" aria-hidden="true" />
        <span>
          {exchange.partial ? 'Receiving' : 'Sending'}
          {exchange.sender ? ` via ${exchange.sender === 'relay' ? 'the local relay' : 'the browser'}` : ''}…{' '}
          {formatDuration(elapsed)}
        </span>
        {loaded > 0 && (
          <span aria-label="Received">
            {formatBytes(loaded)}
            {total ? ` of ${formatBytes(total)}` : ''} received
          </span>
        )}
        {total ? <progress max={total} value={loaded} aria-label="Download progress" /> : null}
      </div>
      {exchange.partial && (
        <Suspense fallback={null}>
          <PartialResponseView partial={exchange.partial} loaded={loaded} total={total} />
        </Suspense>
      )}
    </>
  );
}
