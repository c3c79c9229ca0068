import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { bindQueryClient } from './boundClient';
import { getWorkspaceStore } from './instance';
import { connectQueryCache } from './sync';

/** Binds the app's QueryClient and keeps its workspace queries in step with IndexedDB and other tabs. */
export function useWorkspaceSync(): void {
  const client = useQueryClient();
  useEffect(() => {
    bindQueryClient(client);
    return connectQueryCache(client, getWorkspaceStore());
  }, [client]);
}
