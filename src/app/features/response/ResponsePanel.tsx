import { lazy, Suspense } from 'react';
import type { Exchange, ResponseRecord } from '../../../core/model';
import { IdleState } from './IdleState';
import { loadPartialView, SendingState } from './SendingState';
import { whenIdleAfterStart } from '../../state/afterStartup';
import './response.css';

/*
 * The first screen shows no response, so the views of one (and the HTTP knowledge behind their
 * status and header hints) are their own chunks. They are fetched once the first screen is up and
 * the page idle, so the first send does not wait for them.
 */
const loadView = () => import('./ResponseView');
const loadError = () => import('./ErrorView').then((m) => ({ default: m.ErrorView }));
const ResponseView = lazy(loadView);
const ErrorView = lazy(loadError);
if (typeof window !== 'undefined') whenIdleAfterStart(() => void Promise.all([loadView(), loadError(), loadPartialView()]).catch(() => undefined));

export interface ResponsePanelProps {
  exchange: Exchange;
  /** Offered after a CORS failure: send the same request through the local relay. */
  onResendViaRelay?: () => void;
  /** Compares this exchange with the previous send of the same request; resolves to why it could not. */
  onCompareWithPrevious?: () => Promise<string | null>;
  /** Keeps the response as an example of the saved request; resolves to what to tell, rejects with why not. */
  onSaveAsExample?: (response: ResponseRecord, name: string) => Promise<string>;
}

/** The response region: status line, then Body / Headers / Cookies / Timing / Redirects / Raw. */
export function ResponsePanel({ exchange, onResendViaRelay, onCompareWithPrevious, onSaveAsExample }: ResponsePanelProps) {
  return (
    <section className="rl-response" aria-label="Response">
      {exchange.status === 'idle' && <IdleState />}
      {exchange.status === 'sending' && <SendingState exchange={exchange} />}
      <Suspense fallback={<p className="rl-note rl-response-loading">Opening the response…</p>}>
      {exchange.status === 'error' && exchange.error && (
        <ErrorView error={exchange.error} exchange={exchange} onResendViaRelay={onResendViaRelay} />
      )}
      {exchange.status === 'done' && exchange.response && (
        <ResponseView
          // A new exchange starts with fresh view state (Show all, filters, scroll).
          key={exchange.id ?? exchange.startedAt}
          response={exchange.response}
          exchange={exchange}
          onCompareWithPrevious={onCompareWithPrevious}
          onSaveAsExample={onSaveAsExample}
        />
      )}
      </Suspense>
    </section>
  );
}

