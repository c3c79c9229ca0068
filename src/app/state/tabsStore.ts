import { newId, newRequest, type Exchange, type RequestModel } from '../../core/model';

/** The origin kind of a tab that edits a saved collection request. */
export const SAVED_REQUEST_ORIGIN = 'collection';

/** What saving a set of tabs over their saved requests did ("Save all", "Save and close"). */
export interface SaveTabsOutcome {
  saved: number;
  /** New requests that have no place yet: they need "Save as…". */
  withoutPlace: number;
  failed: number;
  /** Saved in another window since the tab opened them: left unsaved for the person to decide. */
  conflicts: number;
}

/** One open request: what is being edited and the last exchange it had. */
export interface EditorTab {
  id: string;
  request: RequestModel;
  /** Changed since it was opened or last saved. */
  dirty: boolean;
  exchange: Exchange;
  /** Unresolved variable names awaiting a "send anyway" from the person. */
  confirmUnresolved?: string[];
  /** A GET, HEAD or DELETE with a body (bytes) awaiting the person's choice; `force` carries a "send anyway". */
  confirmBody?: { method: string; bytes: number; force: boolean };
  /** Where the request came from (a collection item id, a history entry id …), for whoever saves it. */
  origin?: { kind: string; id: string };
  /** Something to tell about this tab when it comes back after a reload (files to choose again). */
  notice?: string;
  /**
   * The saved request as this tab last opened or saved it: a save first checks that the stored item
   * still is this version, so an edit saved in another window is never overwritten unseen.
   */
  base?: RequestModel;
  /** Another window saved this item while this tab had unsaved edits. */
  savedElsewhere?: true;
}

/** A tab as its editors see it: everything but its last exchange, which only the response shows. */
export type TabEdit = Omit<EditorTab, 'exchange'>;

/** Same edit state (every field but the exchange is the same object): a send leaves a tab's edit state alone. */
export function sameTabEdit(a: TabEdit, b: TabEdit): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('exchange');
  for (const k of keys) if (a[k as keyof TabEdit] !== b[k as keyof TabEdit]) return false;
  return true;
}

export interface TabsState {
  tabs: EditorTab[];
  activeId: string;
}

/** The tab being edited (the first one if the active id is stale). */
export function activeTabOf(state: TabsState): EditorTab {
  return state.tabs.find((t) => t.id === state.activeId) ?? state.tabs[0]!;
}

const IDLE: Exchange = { status: 'idle' };

function freshTab(request: RequestModel = newRequest(), origin?: EditorTab['origin'], base?: RequestModel): EditorTab {
  return { id: newId(), request, dirty: false, exchange: IDLE, ...(origin ? { origin } : {}), ...(base ? { base } : {}) };
}

const first = freshTab();
let state: TabsState = { tabs: [first], activeId: first.id };
const listeners = new Set<() => void>();

function commit(next: TabsState): void {
  state = next;
  for (const l of listeners) l();
}

function patchTab(id: string, patch: (tab: EditorTab) => EditorTab): void {
  let changed = false;
  const tabs = state.tabs.map((t) => {
    if (t.id !== id) return t;
    const next = patch(t);
    changed = changed || next !== t;
    return next;
  });
  if (changed) commit({ ...state, tabs });
}

export const tabsStore = {
  getState: (): TabsState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getTab: (id: string): EditorTab | undefined => state.tabs.find((t) => t.id === id),

  /** Opens a tab (a new blank request when none is given) and makes it active; returns its id. */
  openTab(request?: RequestModel, origin?: EditorTab['origin'], base?: RequestModel): string {
    const tab = freshTab(request, origin, base);
    const at = state.tabs.findIndex((t) => t.id === state.activeId);
    const tabs = [...state.tabs];
    tabs.splice(at + 1, 0, tab);
    commit({ tabs, activeId: tab.id });
    return tab.id;
  },

  /** Closes a tab; the last tab is replaced by a blank one so there is always a request to edit. */
  closeTab(id: string): void {
    const at = state.tabs.findIndex((t) => t.id === id);
    if (at < 0) return;
    const tabs = state.tabs.filter((t) => t.id !== id);
    if (tabs.length === 0) tabs.push(freshTab());
    const activeId = state.activeId === id ? tabs[Math.min(at, tabs.length - 1)]!.id : state.activeId;
    commit({ tabs, activeId });
  },

  /**
   * Tabs brought back from the session store. A fresh tab that nobody has typed into yet gives way;
   * one that was already edited stays, after the restored ones.
   */
  restore(restored: EditorTab[], activeId?: string): void {
    if (restored.length === 0) return;
    const kept = state.tabs.filter((t) => t.dirty || t.exchange.status !== 'idle');
    const ids = new Set(restored.map((t) => t.id));
    const tabs = [...restored, ...kept.filter((t) => !ids.has(t.id))];
    const active = kept.some((t) => t.id === state.activeId) ? state.activeId : tabs.find((t) => t.id === activeId)?.id ?? tabs[0]!.id;
    commit({ tabs, activeId: active });
  },

  dismissNotice(id: string): void {
    patchTab(id, (t) => {
      const { notice: _n, ...rest } = t;
      return t.notice === undefined ? t : rest;
    });
  },

  activate(id: string): void {
    if (state.activeId !== id && state.tabs.some((t) => t.id === id)) commit({ ...state, activeId: id });
  },

  updateRequest(id: string, update: (request: RequestModel) => RequestModel): void {
    patchTab(id, (t) => {
      const request = update(t.request);
      return request === t.request ? t : { ...t, request, dirty: true };
    });
  },

  /** The request was saved (or replaced by the stored version): no longer dirty, and that version is the new base. */
  markSaved(id: string, request?: RequestModel, origin?: EditorTab['origin']): void {
    patchTab(id, (t) => {
      const { savedElsewhere: _s, ...rest } = t;
      return { ...rest, dirty: false, ...(request ? { request, base: request } : {}), ...(origin ? { origin } : {}) };
    });
  },

  /**
   * The saved item this tab edits was renamed, or its examples changed: the tab takes the change, and
   * its base too, so it is neither an unsaved edit nor a conflict; its other edits stay as they are.
   */
  followSaved(origin: { kind: string; id: string }, change: Partial<Pick<RequestModel, 'name' | 'examples'>>): void {
    for (const tab of state.tabs.filter((t) => t.origin?.kind === origin.kind && t.origin.id === origin.id)) {
      patchTab(tab.id, (t) => ({ ...t, request: { ...t.request, ...change }, ...(t.base ? { base: { ...t.base, ...change } } : {}) }));
    }
  },

  /** Another window saved the item this dirty tab edits. */
  markSavedElsewhere(id: string): void {
    patchTab(id, (t) => (t.savedElsewhere ? t : { ...t, savedElsewhere: true }));
  },

  setExchange(id: string, exchange: Exchange): void {
    patchTab(id, (t) => (t.exchange === exchange ? t : { ...t, exchange }));
  },

  setConfirmBody(id: string, ask: EditorTab['confirmBody']): void {
    patchTab(id, (t) => {
      const { confirmBody: _old, ...rest } = t;
      return ask ? { ...rest, confirmBody: ask } : t.confirmBody ? rest : t;
    });
  },

  setConfirmUnresolved(id: string, names: string[] | undefined): void {
    patchTab(id, (t) => {
      const { confirmUnresolved: _old, ...rest } = t;
      return names ? { ...rest, confirmUnresolved: names } : t.confirmUnresolved ? rest : t;
    });
  },
};
