import type { ScriptRequest, ScriptResponse, ScriptRunInput, ScriptRunOutcome } from '../core/model/scripts';

/** Page → script worker. */
export type ScriptWorkerRequest =
  | { type: 'run'; id: number; input: ScriptRunInput }
  | { type: 'sent'; id: number; sendId: number; response?: ScriptResponse; error?: string };

/** Script worker → page: a run's outcome, or a pm.sendRequest for the page to send. */
export type ScriptWorkerMessage =
  | { type: 'done'; id: number; outcome: ScriptRunOutcome }
  | { type: 'send'; id: number; sendId: number; request: ScriptRequest };
