import { WorkspaceStore } from './workspaceStore';
import { requestPersistentStorage } from './persistence';

let store: WorkspaceStore | null = null;

/** The page's one workspace store (broadcasting to other tabs). */
export function getWorkspaceStore(): WorkspaceStore {
  if (!store) {
    store = new WorkspaceStore({ broadcast: true });
    void requestPersistentStorage();
  }
  return store;
}
