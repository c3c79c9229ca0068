import type { ScriptVariables } from '../../../core/model/scripts';
import { runCollection, type Execution, type RunResult } from '../../../core/runner';
import { loadSender, resolveSenderId } from '../../../transport';
import { resolveFileBytes } from '../../state/fileStore';
import { oauth2Send } from '../../state/oauth2/oauth2Send';
import { appTokenStore } from '../../state/oauth2/tokenStore';
import type { RunContext } from '../../state/runContext';

export interface RunSettings {
  environmentId: string | null;
  iterations: number;
  delayMs: number;
  /** Rows of a data file, one iteration each. */
  data?: { fileName: string; rows: ScriptVariables[] };
  bail: boolean;
}

export type RunStatus = 'running' | 'finished' | 'cancelled' | 'bailed' | 'failed';

export interface RunSnapshot {
  status: RunStatus;
  executions: readonly Execution[];
  startedAt: number;
  finishedAt?: number;
  result?: RunResult;
  /** Why the run could not go on (not a failed test: those are in the executions). */
  error?: string;
  iterations: number;
}

/** The table re-renders at most this often, so a fast run of 1,000 requests does not re-render per request. */
const PAINT_EVERY_MS = 150;

export interface RunSession {
  snapshot(): RunSnapshot;
  subscribe(listener: () => void): () => void;
  cancel(): void;
}

/**
 * One run of a collection or folder, outside React: the runner view subscribes to its snapshots.
 * Scripts run in the script Worker; requests go through the same senders as Send.
 */
export function startRun(context: RunContext, settings: RunSettings): RunSession {
  const controller = new AbortController();
  const listeners = new Set<() => void>();
  const executions: Execution[] = [];
  const iterations = Math.max(1, settings.iterations);
  let current: RunSnapshot = { status: 'running', executions: [], startedAt: Date.now(), iterations };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const publish = () => {
    timer = undefined;
    current = { ...current, executions: executions.slice() };
    for (const l of listeners) l();
  };
  const schedule = () => {
    timer ??= setTimeout(publish, PAINT_EVERY_MS);
  };
  const end = (patch: Partial<RunSnapshot>) => {
    if (timer !== undefined) clearTimeout(timer);
    current = { ...current, ...patch, executions: executions.slice(), finishedAt: Date.now() };
    for (const l of listeners) l();
  };

  void (async () => {
    try {
      const [{ workerScriptEngine }, scopes] = await Promise.all([import('../../../workers/scriptWorkerClient'), context.scopes(settings.environmentId)]);
      const result = await runCollection({
        collection: context.collection,
        ...(context.folderId ? { folderId: context.folderId } : {}),
        ...(scopes.environment ? { environment: scopes.environment } : {}),
        globals: scopes.globals,
        ...(settings.data ? { data: settings.data.rows } : {}),
        iterationCount: iterations,
        delayMs: settings.delayMs,
        bail: settings.bail,
        engine: workerScriptEngine,
        // Each request goes the way it would on Send: through its own "Send via" choice.
        send: async (p, _signal, request) => (await loadSender(resolveSenderId(request.settings.sender))).send(p, controller.signal),
        fileResolver: resolveFileBytes,
        oauth2Tokens: appTokenStore,
        oauth2Send,
        signal: controller.signal,
        onExecution: (e) => {
          executions.push(e);
          schedule();
        },
      });
      // What the scripts set stays as current values, as after a run in Postman.
      await scopes.write({ globals: result.globals, environment: result.environment, collection: result.collectionVariables });
      end({ status: result.stopped === 'cancelled' ? 'cancelled' : result.stopped === 'bail' ? 'bailed' : 'finished', result });
    } catch (e) {
      end({ status: controller.signal.aborted ? 'cancelled' : 'failed', error: e instanceof Error ? e.message : String(e) });
    }
  })();

  return {
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    cancel: () => controller.abort(),
  };
}
