import { newId, type Exchange, type SenderId, type TransportError } from '../../core/model';
import { PrepareError, prepareRequest } from '../../core/prepare';
import { loadSender, resolveSenderId, SendError } from '../../transport';
import { emitExchangeComplete } from './exchangeEvents';
import { MissingFileError, resolveFileBytes } from './fileStore';
import { getPrepareContext } from './prepareContext';
import { tabsStore } from './tabsStore';

export interface SendOptions {
  /** Send although some {{variables}} are unresolved (the person confirmed). */
  force?: boolean;
  /** Use this sender instead of the request's setting (e.g. "Resend through the relay"). */
  sender?: SenderId;
}

const inflight = new Map<string, AbortController>();
/** Progress re-renders at most this often: a 200 MB download must not re-render per chunk. */
const PROGRESS_EVERY_MS = 100;

function prepareFailure(e: unknown): TransportError {
  if (e instanceof PrepareError) return { code: 'INVALID_REQUEST', message: e.message, detail: `at ${e.field}` };
  if (e instanceof MissingFileError) return { code: 'INVALID_REQUEST', message: e.message };
  return { code: 'INVALID_REQUEST', message: 'Reqlab could not build this request.', detail: e instanceof Error ? e.message : String(e) };
}

function finish(tabId: string, id: string, exchange: Exchange & { status: 'done' | 'error' }, requestAtSend = tabsStore.getTab(tabId)?.request) {
  const tab = tabsStore.getTab(tabId);
  // A newer send owns the tab now, or this one was already finished (cancelled): drop the late result.
  if (!tab || tab.exchange.id !== id || tab.exchange.status !== 'sending') return;
  tabsStore.setExchange(tabId, exchange);
  if (requestAtSend) emitExchangeComplete({ tabId, request: requestAtSend, exchange });
}

/** Editor state → prepare → sender → exchange, for one tab. */
export async function sendTab(tabId: string, opts: SendOptions = {}): Promise<void> {
  const tab = tabsStore.getTab(tabId);
  if (!tab) return;
  inflight.get(tabId)?.abort();
  tabsStore.setConfirmUnresolved(tabId, undefined);
  const request = tab.request;
  const id = newId();
  const startedAt = Date.now();
  const controller = new AbortController();
  inflight.set(tabId, controller);
  const senderId = opts.sender ?? resolveSenderId(request.settings.sender);
  tabsStore.setExchange(tabId, { id, status: 'sending', startedAt, sender: senderId });

  let prepared;
  try {
    prepared = await prepareRequest(request, { ...(await getPrepareContext(tab, request)), fileResolver: resolveFileBytes });
  } catch (e) {
    inflight.delete(tabId);
    finish(tabId, id, { id, status: 'error', error: prepareFailure(e), startedAt, sender: senderId }, request);
    return;
  }
  if (controller.signal.aborted) return;
  if (prepared.unresolved.length > 0 && !opts.force) {
    inflight.delete(tabId);
    tabsStore.setExchange(tabId, tab.exchange.status === 'sending' ? { status: 'idle' } : tab.exchange);
    tabsStore.setConfirmUnresolved(tabId, prepared.unresolved);
    return;
  }

  const base: Exchange = { id, status: 'sending', prepared, startedAt, sender: senderId };
  tabsStore.setExchange(tabId, base);
  let lastProgress = 0;
  try {
    const sender = await loadSender(senderId);
    const response = await sender.send(prepared, controller.signal, (progress) => {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = now;
      if (tabsStore.getTab(tabId)?.exchange.id === id) tabsStore.setExchange(tabId, { ...base, progress });
    });
    finish(tabId, id, { ...base, status: 'done', response }, request);
  } catch (e) {
    const error: TransportError =
      e instanceof SendError
        ? e.error
        : { code: 'UNKNOWN', message: 'Sending failed unexpectedly.', detail: e instanceof Error ? e.message : String(e) };
    finish(tabId, id, { ...base, status: 'error', error }, request);
  } finally {
    if (inflight.get(tabId) === controller) inflight.delete(tabId);
  }
}

/** Stops the running send of a tab; the exchange becomes an ABORTED error right away. */
export function cancelTab(tabId: string): void {
  const controller = inflight.get(tabId);
  const tab = tabsStore.getTab(tabId);
  if (!controller || !tab || tab.exchange.status !== 'sending') return;
  controller.abort();
  inflight.delete(tabId);
  const ex = tab.exchange;
  finish(tabId, ex.id ?? '', {
    ...ex,
    status: 'error',
    error: { code: 'ABORTED', message: 'You cancelled the request before the answer arrived.' },
  });
}

export function isSending(tabId: string): boolean {
  return inflight.has(tabId);
}
