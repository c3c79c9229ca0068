import type { Exchange, RequestModel } from '../../core/model';

/** A finished send (response or error), for history and anything else that wants to know. */
export interface CompletedExchange {
  tabId: string;
  /** The request as it was when sent (unresolved, with its {{variables}}). */
  request: RequestModel;
  exchange: Exchange & { status: 'done' | 'error' };
}

type Listener = (entry: CompletedExchange) => void;
const listeners = new Set<Listener>();

/** Subscribes to completed exchanges; returns the unsubscribe function. */
export function onExchangeComplete(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitExchangeComplete(entry: CompletedExchange): void {
  for (const l of listeners) {
    try {
      l(entry);
    } catch (e) {
      // A failing subscriber (say, history storage) must not break sending.
      console.error('onExchangeComplete listener failed', e);
    }
  }
}
