import { bytesText } from '../interop/bytesText';
import type { PreparedRequest } from '../model';
import type { Execution, RunResult } from './runCollection';

function bodyJson(bytes: Uint8Array | null, size = bytes?.length ?? 0): Record<string, unknown> {
  if (!bytes) return { size: 0 };
  const t = bytesText(bytes);
  return t.base64 ? { size, base64: t.text } : { size, text: t.text };
}

function sentJson(p: PreparedRequest): Record<string, unknown> {
  return { method: p.method, url: p.url, headers: p.headers.map((h) => [h.name, h.value]), body: bodyJson(p.body) };
}

/** One request of a run as JSON: as sent, the answer, and (when there are any) its tests, console and script failures. */
export function executionJson(e: Execution): Record<string, unknown> {
  const r = e.response;
  return {
    name: e.name,
    path: e.path,
    iteration: e.iteration,
    ...(e.prepared ? { request: sentJson(e.prepared) } : {}),
    ...(r ? { status: r.status, statusText: r.statusText, headers: r.headers, body: bodyJson(r.body, r.bodySize), timeMs: Math.round(r.timing.total) } : {}),
    ...(e.error ? { error: e.error } : {}),
    ...(e.skipped ? { skipped: true } : {}),
    ...(e.tests.length ? { tests: e.tests.map((t) => ({ name: t.name, passed: t.passed, ...(t.skipped ? { skipped: true } : {}), ...(t.error ? { error: t.error } : {}), script: t.script })) } : {}),
    ...(e.console.length ? { console: e.console } : {}),
    ...(e.failures.length ? { failures: e.failures } : {}),
  };
}

export interface RunSummary {
  requests: number;
  failedRequests: number;
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  scriptErrors: number;
}

/** Counts of a run so far, as the summary line and the reports show them. */
export function runSummary(executions: readonly Execution[]): RunSummary {
  const s: RunSummary = { requests: executions.length, failedRequests: 0, tests: 0, passed: 0, failed: 0, skipped: 0, scriptErrors: 0 };
  for (const e of executions) {
    if (e.error) s.failedRequests++;
    s.scriptErrors += e.failures.length;
    for (const t of e.tests) {
      s.tests++;
      if (t.skipped) s.skipped++;
      else if (t.passed) s.passed++;
      else s.failed++;
    }
  }
  return s;
}

/** A whole run as one JSON document (the app's "Export JSON"). */
export function runJsonReport(collectionName: string, result: RunResult): string {
  return JSON.stringify(
    { collection: collectionName, ...(result.stopped ? { stopped: result.stopped } : {}), summary: runSummary(result.executions), executions: result.executions.map(executionJson) },
    null,
    2,
  );
}
