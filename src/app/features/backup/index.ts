export { BackupPanel } from './BackupPanel';
export { StorageAlerts } from './StorageAlerts';
export { exportWorkspace, downloadBackup } from './backupActions';
