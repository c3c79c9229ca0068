export { HistoryList } from './HistoryList';
export { recordExchange } from './historyRecorder';
export { restoreEntry, clearHistoryOlderThan, compareWithPreviousSend } from './historyActions';
export { currentWorkspace } from './workspaceContext';
