import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { bindQueryClient } from './boundClient';
import { loadWorkspaceStore } from './loadWorkspaceStore';
import { connectQueryCache } from './sync';

/** Binds the app's QueryClient and keeps its workspace queries in step with IndexedDB and other tabs. */
export function useWorkspaceSync(): void {
  const client = useQueryClient();
  useEffect(() => {
    bindQueryClient(client);
    let disconnect: (() => void) | undefined;
    let unmounted = false;
    void loadWorkspaceStore().then((store) => {
      if (!unmounted) disconnect = connectQueryCache(client, store);
    });
    return () => {
      unmounted = true;
      disconnect?.();
    };
  }, [client]);
}
