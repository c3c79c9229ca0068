export { HistoryList } from './HistoryList';
export { recordExchange } from './historyRecorder';
export { restoreEntry, clearHistoryOlderThan } from './historyActions';
export { currentWorkspace } from './workspaceContext';
