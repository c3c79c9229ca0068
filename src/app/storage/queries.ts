import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { HistoryHead, StoredCookie, StoredEnvironment, StoredNode } from '../../core/model';
import { sortHeadsNewestFirst } from '../../core/workspace/historyDays';

import { loadWorkspaceStore as store } from './loadWorkspaceStore';

/**
 * Workspace data in react-query, read straight from IndexedDB by our own queries.
 * Why not @tanstack/query-async-storage-persister: it writes the whole cache as one value, so two
 * tabs overwrite each other's saves (last write per store, not per item), and it swallows
 * QuotaExceededError. Here each item is its own IDB record, and failures surface.
 * Queries never go stale by time: they change only through the change feed (this tab or another).
 */
export const workspaceKeys = {
  nodes: ['workspace', 'nodes'] as const,
  environments: ['workspace', 'environments'] as const,
  historyHeads: ['history', 'heads'] as const,
  historyEntry: (id: string) => ['history', 'entry', id] as const,
  historyBody: (id: string) => ['history', 'body', id] as const,
  quarantine: ['workspace', 'quarantine'] as const,
  cookies: ['workspace', 'cookies'] as const,
};

const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export function nodesQueryOptions() {
  return {
    queryKey: workspaceKeys.nodes,
    queryFn: async (): Promise<StoredNode[]> => (await (await store()).loadNodes()).records,
    ...forever,
  };
}

export function environmentsQueryOptions() {
  return {
    queryKey: workspaceKeys.environments,
    queryFn: async (): Promise<StoredEnvironment[]> => (await (await store()).loadEnvironments()).records,
    ...forever,
  };
}

export function historyHeadsQueryOptions() {
  return {
    queryKey: workspaceKeys.historyHeads,
    queryFn: async (): Promise<HistoryHead[]> => sortHeadsNewestFirst((await (await store()).loadHistoryHeads()).records),
    ...forever,
  };
}

/** `enabled: false` waits (the shell reads the tree only once the first screen is up). */
export function useNodes(enabled = true): StoredNode[] | undefined {
  return useQuery({ ...nodesQueryOptions(), enabled }).data;
}

export function useEnvironments(): StoredEnvironment[] | undefined {
  return useQuery(environmentsQueryOptions()).data;
}

export function useHistoryHeads(): HistoryHead[] | undefined {
  return useQuery(historyHeadsQueryOptions()).data;
}

/** Nodes for code outside React (the prepare context), loading them if no component has yet. */
export function fetchNodes(client: QueryClient): Promise<StoredNode[]> {
  return client.ensureQueryData(nodesQueryOptions());
}

export function fetchEnvironments(client: QueryClient): Promise<StoredEnvironment[]> {
  return client.ensureQueryData(environmentsQueryOptions());
}

export function cookiesQueryOptions() {
  return {
    queryKey: workspaceKeys.cookies,
    queryFn: async (): Promise<StoredCookie[]> => (await store()).loadCookies(),
    ...forever,
  };
}

export function useCookies(): StoredCookie[] | undefined {
  return useQuery(cookiesQueryOptions()).data;
}
