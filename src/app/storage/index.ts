// The store itself (`./instance`, `./workspaceStore`) is not re-exported: this barrel is on the first
// screen, and the store's record schemas must not be. Lazy features import `storage/instance`.
export { DB_NAME, STORES } from './db';
export { loadWorkspaceStore } from './loadWorkspaceStore';
export { WriteFailure } from './writeFailure';
export * from './alerts';
export * from './queries';
export * from './preferences';
export { connectQueryCache } from './sync';
export { bindQueryClient, getBoundQueryClient, whenQueryClientBound } from './boundClient';
export { useWorkspaceSync } from './useWorkspaceSync';
