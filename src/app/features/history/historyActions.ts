import type { CompareSide, Exchange, HistoryHead, ResponseRecord } from '../../../core/model';
// The file, not the index: the index brings the diff code, which loads only with a comparison.
import { compareSideOf } from '../../../core/compare/compareSide';
import { formatClock } from '../../../core/format';
import { historyUrlParts, preparedFromHistory } from '../../../core/workspace';
import { requestCompare } from '../../state/compareRequests';
import { requestSaveAs } from '../../state/saveAsRequests';
import { sendTab } from '../../state/sendRequest';
import { tabsStore } from '../../state/tabsStore';
import { getBoundQueryClient, historyHeadsQueryOptions } from '../../storage';
import { getWorkspaceStore } from '../../storage/instance';
import type { HistoryAction } from './HistoryItem';

export const HISTORY_ORIGIN = 'history';

async function readEntry(head: HistoryHead) {
  const entry = await getWorkspaceStore().getHistoryEntry(head.id);
  if (!entry) throw new Error(`The history entry ${head.method} ${head.url} could not be read.`);
  return entry;
}

/**
 * Opens a history entry in a new tab with the whole exchange: the request as it was sent (for the
 * raw view) and the response with its stored body. `resend` sends it again instead.
 */
export async function restoreEntry(head: HistoryHead, options: { resend?: boolean } = {}): Promise<string> {
  const store = getWorkspaceStore();
  const entry = await readEntry(head);
  const tabId = tabsStore.openTab(structuredClone(entry.request), { kind: HISTORY_ORIGIN, id: entry.id });
  if (options.resend) {
    await sendTab(tabId);
    return tabId;
  }
  const prepared = preparedFromHistory(entry);
  const scripts = entry.scripts ? { scripts: entry.scripts } : {};
  if (entry.response) {
    const body = await store.getHistoryBody(entry.id);
    const { bodyCut, ...rest } = entry.response;
    const response: ResponseRecord = { ...rest, body: body?.bytes ?? new Uint8Array(), truncated: bodyCut || rest.truncated };
    const exchange: Exchange = { id: entry.id, status: 'done', prepared, response, startedAt: entry.createdAt, sender: response.sender, ...scripts };
    tabsStore.setExchange(tabId, exchange);
  } else if (entry.error) {
    tabsStore.setExchange(tabId, { id: entry.id, status: 'error', prepared, error: entry.error, startedAt: entry.createdAt, ...scripts });
  }
  return tabId;
}

/** A history entry as one side of a comparison, with the body history kept. */
export async function historyCompareSide(head: HistoryHead): Promise<CompareSide> {
  const entry = await readEntry(head);
  const body = entry.response ? await getWorkspaceStore().getHistoryBody(entry.id) : null;
  const side: CompareSide = {
    label: `${head.method} ${historyUrlParts(head.url).path} · ${formatClock(head.createdAt, { seconds: true })}`,
    headers: entry.response?.headers.map(([n, v]) => [n, v] as [string, string]) ?? [],
    body: body?.bytes ?? new Uint8Array(),
    bodyCut: entry.response ? entry.response.bodyCut || entry.response.truncated : false,
  };
  if (entry.response) {
    side.status = entry.response.status;
    side.statusText = entry.response.statusText;
  }
  if (entry.error) side.error = entry.error.message;
  return side;
}

/** The last send of the same method and URL before `before` (ms since the epoch), if history has one. */
export function previousSendOf(heads: readonly HistoryHead[], method: string, url: string, before: number): HistoryHead | undefined {
  let best: HistoryHead | undefined;
  for (const head of heads) {
    if (head.method === method && head.url === url && head.createdAt < before && (!best || head.createdAt > best.createdAt)) best = head;
  }
  return best;
}

/**
 * Compares the exchange on screen with the last send of the same method and URL before it.
 * Returns why it could not, or null when the comparison is shown.
 */
export async function compareWithPreviousSend(exchange: Exchange): Promise<string | null> {
  const { prepared, startedAt } = exchange;
  if (!prepared || startedAt === undefined) return 'This exchange was not sent, so there is nothing to compare.';
  const { method, url } = prepared;
  const client = getBoundQueryClient();
  const heads = client ? await client.ensureQueryData(historyHeadsQueryOptions()) : (await getWorkspaceStore().loadHistoryHeads()).records;
  const previous = previousSendOf(heads, method, url, startedAt);
  if (!previous) return `History has no earlier send of ${method} ${url} to compare with.`;
  const current = compareSideOf(exchange, `This send · ${formatClock(startedAt, { seconds: true })}`);
  requestCompare({ left: await historyCompareSide(previous), right: current });
  return null;
}

export function deleteEntry(head: HistoryHead): Promise<void> {
  return getWorkspaceStore().deleteHistory([head.id], `Deleting history entry ${head.method} ${head.url}`);
}

/** What a history entry's menu does. */
export async function runHistoryAction(action: HistoryAction, head: HistoryHead, selected: HistoryHead | null): Promise<void> {
  if (action === 'open') await restoreEntry(head);
  else if (action === 'resend') await restoreEntry(head, { resend: true });
  else if (action === 'save') requestSaveAs(await restoreEntry(head));
  else if (action === 'delete') await deleteEntry(head);
  else if (action === 'compareWith' && selected) {
    // Older on the left, as in a diff of before and after.
    const [a, b] = selected.createdAt <= head.createdAt ? [selected, head] : [head, selected];
    const [left, right] = await Promise.all([historyCompareSide(a), historyCompareSide(b)]);
    requestCompare({ left, right });
  }
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
