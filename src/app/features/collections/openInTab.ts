import { newId, type Exchange, type RequestModel, type SavedExample, type StoredNode, type StoredRequestNode } from '../../../core/model';
import { exampleResponse } from '../../../core/workspace/examples';
import { SAVED_REQUEST_ORIGIN, tabsStore, type TabEdit } from '../../state/tabsStore';

/** The saved request a tab edits, if it edits one that is still stored. */
export function savedNodeOf(tab: TabEdit, nodes: readonly StoredNode[] | undefined): StoredRequestNode | undefined {
  if (tab.origin?.kind !== SAVED_REQUEST_ORIGIN) return undefined;
  const id = tab.origin.id;
  return nodes?.find((n): n is StoredRequestNode => n.kind === 'request' && n.id === id);
}

/** Opens a saved request in a tab, or focuses the tab that already has it. */
export function openSavedRequest(request: RequestModel): void {
  const open = tabsStore.getState().tabs.find((t) => t.origin?.kind === SAVED_REQUEST_ORIGIN && t.origin.id === request.id);
  if (open) tabsStore.activate(open.id);
  else tabsStore.openTab(structuredClone(request), { kind: SAVED_REQUEST_ORIGIN, id: request.id }, request);
}

/** Opens a saved example: its request's tab, showing the example where a response is shown. */
export function openSavedExample(request: RequestModel, example: SavedExample): void {
  openSavedRequest(request);
  const exchange: Exchange = { id: newId(), status: 'done', response: exampleResponse(example, request.url), example: { name: example.name } };
  tabsStore.setExchange(tabsStore.getState().activeId, exchange);
}
