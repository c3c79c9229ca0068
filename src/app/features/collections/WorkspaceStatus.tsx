import { useWorkspaceSync } from '../../storage';
import { StorageAlerts } from '../backup';

/** Alerts plus the cache sync; mounted first so storage problems show even before the panels. */
export function WorkspaceStatus() {
  useWorkspaceSync();
  return <StorageAlerts />;
}
