import type { ScriptEngine, ScriptRunInput, ScriptRunOutcome, ScriptSendRequest } from '../core/model/scripts';
import type { ScriptWorkerMessage, ScriptWorkerRequest } from './scriptProtocol';

/** Past the engine's own limit, the page stops waiting and replaces the Worker (a VM that can't be interrupted). */
const GRACE_MS = 5000;

let worker: Worker | undefined;
let nextId = 1;
const runs = new Map<number, { resolve: (o: ScriptRunOutcome) => void; send?: ScriptSendRequest }>();

function start(): Worker {
  const w = new Worker(new URL('./scriptWorker.ts', import.meta.url), { type: 'module', name: 'reqlab-scripts' });
  w.onmessage = (event: MessageEvent<ScriptWorkerMessage>) => {
    const msg = event.data;
    const run = runs.get(msg.id);
    if (!run) return;
    if (msg.type === 'done') {
      runs.delete(msg.id);
      run.resolve(msg.outcome);
      return;
    }
    const reply = (m: ScriptWorkerRequest) => w.postMessage(m);
    if (!run.send) return reply({ type: 'sent', id: msg.id, sendId: msg.sendId, error: 'pm.sendRequest is not available here.' });
    run.send(msg.request).then(
      (response) => reply({ type: 'sent', id: msg.id, sendId: msg.sendId, response }),
      (e: unknown) => reply({ type: 'sent', id: msg.id, sendId: msg.sendId, error: e instanceof Error ? e.message : String(e) }),
    );
  };
  return w;
}

/** The app's script engine: QuickJS in a Worker, started on the first run. */
export const workerScriptEngine: ScriptEngine = {
  run(input: ScriptRunInput, send?: ScriptSendRequest): Promise<ScriptRunOutcome> {
    worker ??= start();
    const id = nextId++;
    const w = worker;
    return new Promise((resolve) => {
      const limit = setTimeout(() => {
        if (!runs.delete(id)) return;
        w.terminate();
        if (worker === w) worker = undefined;
        const script = input.scripts[0]?.label ?? 'script';
        resolve({ state: input.state, tests: [], console: [], failures: [{ script, kind: 'timeout', message: `“${script}” did not finish and was stopped.` }] });
      }, input.timeoutMs * Math.max(1, input.scripts.length) + GRACE_MS);
      runs.set(id, {
        resolve: (o) => {
          clearTimeout(limit);
          resolve(o);
        },
        ...(send ? { send } : {}),
      });
      w.postMessage({ type: 'run', id, input } satisfies ScriptWorkerRequest);
    });
  },
};
