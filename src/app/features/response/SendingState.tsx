import { formatBytes } from '../../../core/format/bytes';
import { formatDuration } from '../../../core/format/duration';
import type { Exchange } from '../../../core/model';
import { useEffect } from 'react';
import { warmBodyWorker } from '../../../workers/bodyWorkerClient';
import { PartialResponseView } from './PartialResponseView';
import { useElapsed } from './useElapsed';

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
      {exchange.partial && <PartialResponseView partial={exchange.partial} loaded={loaded} total={total} />}
    </>
  );
}
