import { newId, type Exchange, type RequestModel, type TransportError, type TransportErrorCode } from '../../../core/model';
import { flattenCollection } from '../../../core/interop/flatten';
import type { Execution } from '../../../core/runner';
import type { RunContext } from '../../state/runContext';
import { tabsStore } from '../../state/tabsStore';

export const RUN_ORIGIN = 'run';

const KNOWN: readonly TransportErrorCode[] = ['DNS', 'REFUSED', 'TLS', 'TIMEOUT', 'RESET', 'TOO_LARGE', 'CORS', 'UNREACHABLE', 'ABORTED', 'INVALID_REQUEST', 'RELAY_REFUSED', 'RELAY_UNAVAILABLE'];

function transportError(e: { code: string; message: string }): TransportError {
  const code = (KNOWN as readonly string[]).includes(e.code) ? (e.code as TransportErrorCode) : e.code === 'PREPARE' ? 'INVALID_REQUEST' : 'UNKNOWN';
  return { code, message: e.message };
}

/** The exchange of one run row, as the response viewer shows a send: what was sent, the answer, the tests. */
export function executionExchange(e: Execution): Exchange {
  const scripts = { tests: e.tests, console: e.console, failures: e.failures };
  const base = { id: newId(), scripts, ...(e.prepared ? { prepared: e.prepared } : {}), ...(e.response ? { startedAt: e.response.timing.startedAt, sender: e.response.sender } : {}) };
  if (e.response) return { ...base, status: 'done', response: e.response };
  const error = e.error ? transportError(e.error) : { code: 'ABORTED' as const, message: 'A pre-request script skipped this request (pm.execution.skipRequest).' };
  return { ...base, status: 'error', error };
}

/** Opens a run row in a new tab: the request as saved, with the exchange the run had. */
export function openExecution(context: RunContext, e: Execution): void {
  const request: RequestModel | undefined = flattenCollection(context.collection).find((f) => f.request.id === e.requestId)?.request;
  if (!request) return;
  const tabId = tabsStore.openTab(structuredClone(request), { kind: RUN_ORIGIN, id: `${e.requestId}:${e.iteration}` });
  tabsStore.setExchange(tabId, executionExchange(e));
}
