import { loadOnce } from '../../core/async/loadOnce';
import type { WorkspaceStore } from './workspaceStore';

const storeModule = loadOnce(() => import('./instance'));

/**
 * The store, loaded on first use: its IndexedDB code and record schemas (zod) stay out of the
 * entry chunk. Code that the first screen loads reaches the store only through this.
 */
export async function loadWorkspaceStore(): Promise<WorkspaceStore> {
  return (await storeModule()).getWorkspaceStore();
}
