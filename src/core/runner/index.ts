export { runCollection, type Execution, type RunOptions, type RunResult, type RunSend } from './runCollection';
export { parseIterationData } from './iterationData';
export { junitReport } from './junitReport';
export { executionJson, runJsonReport, runSummary, type RunSummary } from './jsonReport';
