import type { Exchange, HistoryHead, ResponseRecord } from '../../../core/model';
import { sendTab } from '../../state/sendRequest';
import { tabsStore } from '../../state/tabsStore';
import { getWorkspaceStore } from '../../storage';

export const HISTORY_ORIGIN = 'history';

/** Opens a history entry in a new tab with its stored response; `resend` sends it again. */
export async function restoreEntry(head: HistoryHead, options: { resend?: boolean } = {}): Promise<void> {
  const store = getWorkspaceStore();
  const entry = await store.getHistoryEntry(head.id);
  if (!entry) throw new Error(`The history entry ${head.method} ${head.url} could not be read.`);
  const tabId = tabsStore.openTab(structuredClone(entry.request), { kind: HISTORY_ORIGIN, id: entry.id });
  if (options.resend) {
    await sendTab(tabId);
    return;
  }
  if (entry.response) {
    const body = await store.getHistoryBody(entry.id);
    const { bodyCut, ...rest } = entry.response;
    const response: ResponseRecord = { ...rest, body: body?.bytes ?? new Uint8Array(), truncated: bodyCut || rest.truncated };
    const exchange: Exchange = { status: 'done', response, startedAt: entry.createdAt, sender: response.sender };
    tabsStore.setExchange(tabId, exchange);
  } else if (entry.error) {
    tabsStore.setExchange(tabId, { status: 'error', error: entry.error, startedAt: entry.createdAt });
  }
}

export function deleteEntry(head: HistoryHead): Promise<void> {
  return getWorkspaceStore().deleteHistory([head.id], `Deleting history entry ${head.method} ${head.url}`);
}

export function clearAllHistory(): Promise<void> {
  return getWorkspaceStore().clearHistory();
}

/** Frees space: deletes entries older than `days`. */
export function clearHistoryOlderThan(heads: readonly HistoryHead[], days: number, now = Date.now()): Promise<void> {
  const cutoff = now - days * 86_400_000;
  const old = heads.filter((h) => h.createdAt < cutoff).map((h) => h.id);
  if (old.length === 0) return Promise.resolve();
  return getWorkspaceStore().deleteHistory(old, `Deleting ${old.length} old history entries`);
}
