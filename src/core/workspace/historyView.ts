import type { HistoryHead } from '../model';

/** The parts of a sent URL a history line shows: the host (faded) and the path with its query. */
export function historyUrlParts(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    if (!u.host) return { host: '', path: url };
    return { host: u.host, path: `${u.pathname}${u.search}` || '/' };
  } catch {
    return { host: '', path: url };
  }
}

/** What the history filters hold; an empty string lets everything through. */
export interface HistoryFilters {
  method: string;
  /** '1'…'5' for a status class, 'error' for an exchange that got no response. */
  status: string;
  host: string;
}

export const NO_HISTORY_FILTERS: HistoryFilters = { method: '', status: '', host: '' };

export function matchesHistoryFilters(head: HistoryHead, filters: HistoryFilters): boolean {
  if (filters.method && head.method.toUpperCase() !== filters.method) return false;
  if (filters.status) {
    if (filters.status === 'error') {
      if (head.status !== undefined) return false;
    } else if (head.status === undefined || String(Math.floor(head.status / 100)) !== filters.status) return false;
  }
  if (filters.host && historyUrlParts(head.url).host !== filters.host) return false;
  return true;
}

/** True when any filter is set, i.e. some entries may be hidden. */
export function historyFiltered(filters: HistoryFilters): boolean {
  return filters.method !== '' || filters.status !== '' || filters.host !== '';
}

export function filterHistory(heads: readonly HistoryHead[], filters: HistoryFilters): readonly HistoryHead[] {
  if (!historyFiltered(filters)) return heads;
  return heads.filter((h) => matchesHistoryFilters(h, filters));
}

/** The methods and hosts present, most used first, for the filter menus. */
export function historyFacets(heads: readonly HistoryHead[]): { methods: string[]; hosts: string[] } {
  const methods = new Map<string, number>();
  const hosts = new Map<string, number>();
  for (const head of heads) {
    const method = head.method.toUpperCase();
    methods.set(method, (methods.get(method) ?? 0) + 1);
    const { host } = historyUrlParts(head.url);
    if (host) hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  const byUse = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { methods: byUse(methods), hosts: byUse(hosts) };
}
