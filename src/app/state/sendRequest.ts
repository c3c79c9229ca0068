import { newId, type Exchange, type SenderId, type TransportError } from '../../core/model';
import { leftoverBodyBytes } from '../../core/http/methodRules';
import { oauth2AuthOf, PrepareError, prepareRequest } from '../../core/prepare';
import { oauth2Send } from './oauth2/oauth2Send';
import { appTokenStore } from './oauth2/tokenStore';
import { loadSender, resolveSenderId, SendError, type SendProgress } from '../../transport';
import { emitExchangeComplete } from './exchangeEvents';
import { FileTooLargeError, MissingFileError, resolveFileBytes } from './fileStore';
import { getPrepareContext } from './prepareContext';
import { tabsStore } from './tabsStore';
import { hasScripts } from '../../core/scripts/hasScripts';
import { getScriptContext } from './scriptContext';
import type { ScriptSession } from './tabScripts';

export interface SendOptions {
  /** Send although some {{variables}} are unresolved (the person confirmed). */
  force?: boolean;
  /** Use this sender instead of the request's setting (e.g. "Resend through the relay"). */
  sender?: SenderId;
  /** Send a GET, HEAD or DELETE with its body (the person chose to). */
  withBody?: boolean;
}

/** The send each tab is running: the latest sending state it has to show, and how to stop it. */
interface RunningSend {
  id: string;
  controller: AbortController;
  latest: Exchange;
}
const inflight = new Map<string, RunningSend>();
/** Progress re-renders at most this often: a 200 MB download must not re-render per chunk. */
const PROGRESS_EVERY_MS = 200;
/** The first progress waits this long: a response that completes sooner never renders a partial state. */
const FIRST_PROGRESS_MS = 50;

function prepareFailure(e: unknown): TransportError {
  if (e instanceof PrepareError) return { code: 'INVALID_REQUEST', message: e.message, detail: `at ${e.field}` };
  if (e instanceof MissingFileError) return { code: 'INVALID_REQUEST', message: e.message };
  if (e instanceof FileTooLargeError) return { code: 'TOO_LARGE', message: e.message };
  // From the lazily loaded OAuth 2.0 module: its message says what to do.
  if (e instanceof Error && e.name === 'OAuth2Error') return { code: 'INVALID_REQUEST', message: e.message };
  return { code: 'INVALID_REQUEST', message: 'Reqlab could not build this request.', detail: e instanceof Error ? e.message : String(e) };
}

/**
 * A send shows its sending state (spinner, Cancel) only once it has run this long. A fast API
 * answers sooner, and the page then goes from one answer straight to the next: React renders a store
 * change at once, and taking the last answer (and its editor) down, then drawing the sending state,
 * would cost more main-thread time than the request spends on the wire.
 */
export const SENDING_SHOWN_AFTER_MS = 50;

function showSendingSoon(tabId: string, id: string): void {
  setTimeout(() => {
    const running = inflight.get(tabId);
    if (running?.id === id) tabsStore.setExchange(tabId, running.latest);
  }, SENDING_SHOWN_AFTER_MS);
}

/** A newer sending state (prepared, progress): shown now if the sending state already is. */
function updateSending(tabId: string, id: string, exchange: Exchange): void {
  const running = inflight.get(tabId);
  if (running?.id !== id) return;
  running.latest = exchange;
  if (tabsStore.getTab(tabId)?.exchange.id === id) tabsStore.setExchange(tabId, exchange);
}

function finish(tabId: string, id: string, exchange: Exchange & { status: 'done' | 'error' }, requestAtSend = tabsStore.getTab(tabId)?.request) {
  // A newer send owns the tab now, or this one was already finished (cancelled): drop the late result.
  if (inflight.get(tabId)?.id !== id) return;
  inflight.delete(tabId);
  if (!tabsStore.getTab(tabId)) return;
  tabsStore.setExchange(tabId, exchange);
  if (requestAtSend) emitExchangeComplete({ tabId, request: requestAtSend, exchange });
}

/** Editor state → prepare → sender → exchange, for one tab. */
export async function sendTab(tabId: string, opts: SendOptions = {}): Promise<void> {
  const tab = tabsStore.getTab(tabId);
  if (!tab) return;
  inflight.get(tabId)?.controller.abort();
  tabsStore.setConfirmUnresolved(tabId, undefined);
  tabsStore.setConfirmBody(tabId, undefined);
  const request = tab.request;
  const id = newId();
  const startedAt = Date.now();
  const controller = new AbortController();
  const senderId = opts.sender ?? resolveSenderId(request.settings.sender);
  const running: RunningSend = { id, controller, latest: { id, status: 'sending', startedAt, sender: senderId } };
  inflight.set(tabId, running);
  showSendingSoon(tabId, id);

  let prepared;
  let session: ScriptSession | undefined;
  try {
    // Scripts (collection → folders → request) run before prepare: they may change the request and the variables.
    const scriptContext = await getScriptContext(tab, request);
    const scripts = hasScripts([...scriptContext.parents, request]) ? await import('./tabScripts') : undefined;
    session = scripts && (await scripts.startScripts(scriptContext, async (p) => (await loadSender(senderId)).send(p, controller.signal)));
    const toSend = scripts && session ? await scripts.runPreRequest(session, request) : request;
    const context = await getPrepareContext(tab, toSend);
    const scopes = session
      ? {
          ...context.scopes,
          globals: session.scopes.globals,
          environment: session.scopes.environment,
          collection: context.scopes.collection.length ? [session.scopes.collection, ...context.scopes.collection.slice(1)] : [],
          request: scripts!.localScope(session),
        }
      : context.scopes;
    const oauth2 = oauth2AuthOf(toSend, { ...context, scopes });
    if (oauth2) {
      // A live token first: the stored one, refreshed, or fetched by a grant that needs no browser.
      const { ensureOAuth2Token } = await import('../../core/auth/oauth2/grants');
      await ensureOAuth2Token(oauth2, appTokenStore, oauth2Send, Date.now());
    }
    prepared = await prepareRequest(toSend, { ...context, scopes, fileResolver: resolveFileBytes });
  } catch (e) {
    finish(tabId, id, { id, status: 'error', error: prepareFailure(e), startedAt, sender: senderId, ...(session ? { scripts: session.report } : {}) }, request);
    return;
  }
  if (controller.signal.aborted) return;
  /** Nothing is sent until the person answers; the tab shows the exchange it had before. */
  const hold = () => {
    if (inflight.get(tabId) === running) inflight.delete(tabId);
    tabsStore.setExchange(tabId, tab.exchange.status === 'sending' ? { status: 'idle' } : tab.exchange);
  };
  if (prepared.unresolved.length > 0 && !opts.force) {
    hold();
    tabsStore.setConfirmUnresolved(tabId, prepared.unresolved);
    return;
  }
  const leftover = leftoverBodyBytes(prepared.method, prepared.body);
  if (leftover !== null && !opts.withBody) {
    hold();
    tabsStore.setConfirmBody(tabId, { method: prepared.method, bytes: leftover, force: opts.force === true });
    return;
  }

  const base: Exchange = { id, status: 'sending', prepared, startedAt, sender: senderId };
  updateSending(tabId, id, base);
  const progress = throttledProgress((p) => {
    const { partial, ...counts } = p;
    updateSending(tabId, id, { ...base, progress: counts, ...(partial ? { partial } : {}) });
  });
  try {
    const sender = await loadSender(senderId);
    const response = await sender.send(prepared, controller.signal, progress.report);
    progress.stop();
    if (session) {
      await session.run('test', request, { prepared, record: response });
      base.scripts = session.report;
    }
    finish(tabId, id, { ...base, status: 'done', response }, request);
  } catch (e) {
    const error: TransportError =
      e instanceof SendError
        ? e.error
        : { code: 'UNKNOWN', message: 'Sending failed unexpectedly.', detail: e instanceof Error ? e.message : String(e) };
    finish(tabId, id, { ...base, status: 'error', error, ...(session ? { scripts: session.report } : {}) }, request);
  } finally {
    progress.stop();
    if (inflight.get(tabId) === running) inflight.delete(tabId);
  }
}

/**
 * Keeps the latest progress and shows it at most every PROGRESS_EVERY_MS (trailing, so the last
 * state before a pause is shown): senders report per chunk, the page re-renders a few times a second.
 */
function throttledProgress(show: (p: SendProgress) => void) {
  let latest: SendProgress | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shownAt = 0;
  let stopped = false;
  const flush = () => {
    timer = undefined;
    shownAt = performance.now();
    if (latest && !stopped) show(latest);
  };
  return {
    report(p: SendProgress) {
      latest = p;
      if (timer !== undefined || stopped) return;
      const wait = shownAt === 0 ? FIRST_PROGRESS_MS : Math.max(0, shownAt + PROGRESS_EVERY_MS - performance.now());
      timer = setTimeout(flush, wait);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/** Stops the running send of a tab; the exchange becomes an ABORTED error right away. */
export function cancelTab(tabId: string): void {
  const running = inflight.get(tabId);
  if (!running) return;
  running.controller.abort();
  finish(tabId, running.id, {
    ...running.latest,
    status: 'error',
    error: { code: 'ABORTED', message: 'You cancelled the request before the answer arrived.' },
  });
}

export function isSending(tabId: string): boolean {
  return inflight.has(tabId);
}
