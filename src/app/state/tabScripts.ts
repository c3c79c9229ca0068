import type { PreparedRequest, RequestModel, ResponseRecord, Variable } from '../../core/model';
import type { ScriptEventName, ScriptReport, ScriptRunOutcome, ScriptVariables } from '../../core/model/scripts';
import {
  applyScriptRequest,
  applyScriptVariables,
  prepareScriptRequest,
  responseCookies,
  scriptChain,
  scriptVariableList,
  sentScriptRequest,
  toScriptRequest,
  toScriptResponse,
  toScriptVariables,
} from '../../core/scripts';
import type { ScriptContext, ScriptScopes } from './scriptContext';

/** A script may run this long before it is stopped (Postman's and newman's default is none; ours is 5 s). */
export const SCRIPT_TIMEOUT_MS = 5000;

export type ScriptSend = (prepared: PreparedRequest) => Promise<ResponseRecord>;

/** A send's scripts, between the pre-request run and the tests. */
export interface ScriptSession {
  context: ScriptContext;
  scopes: ScriptScopes;
  local: ScriptVariables;
  report: ScriptReport;
  run(event: ScriptEventName, request: RequestModel, response?: { prepared: PreparedRequest; record: ResponseRecord }): Promise<ScriptRunOutcome | undefined>;
}

/** The request-scope variables that `pm.variables.set` made, for prepare. */
export function localScope(session: ScriptSession): Variable[] {
  return scriptVariableList(session.local);
}

/** Starts a send's scripts (loaded only for a request that has some, here or above it). */
export async function startScripts(context: ScriptContext, send: ScriptSend): Promise<ScriptSession> {
  const { workerScriptEngine } = await import('../../workers/scriptWorkerClient');
  const session: ScriptSession = {
    context,
    scopes: context.scopes,
    local: {},
    report: { tests: [], console: [], failures: [] },
    async run(event, current, response) {
      const scripts = scriptChain([...context.parents, current], event);
      if (!scripts.length) return undefined;
      const scopes = session.scopes;
      const outcome = await workerScriptEngine.run(
        {
          event,
          scripts,
          state: {
            globals: toScriptVariables(scopes.globals),
            collectionVariables: toScriptVariables(scopes.collection),
            environment: toScriptVariables(scopes.environment),
            iterationData: {},
            local: session.local,
            request: response ? sentScriptRequest(current.name, response.prepared) : toScriptRequest(current),
          },
          ...(response ? { response: toScriptResponse(response.record), cookies: responseCookies(response.record) } : {}),
          info: { requestName: current.name, requestId: current.id, iteration: 0, iterationCount: 1, environmentName: context.environmentName },
          timeoutMs: SCRIPT_TIMEOUT_MS,
        },
        async (r) =>
          toScriptResponse(
            await send(await prepareScriptRequest(r, { globals: session.scopes.globals, collection: [session.scopes.collection], environment: session.scopes.environment, request: scriptVariableList(session.local) })),
          ),
      );
      const next: ScriptScopes = {
        globals: applyScriptVariables(scopes.globals, outcome.state.globals),
        collection: applyScriptVariables(scopes.collection, outcome.state.collectionVariables),
        environment: applyScriptVariables(scopes.environment, outcome.state.environment),
      };
      session.scopes = next;
      session.local = outcome.state.local;
      session.report = {
        tests: [...session.report.tests, ...outcome.tests],
        console: [...session.report.console, ...outcome.console],
        failures: [...session.report.failures, ...outcome.failures],
      };
      await context.write(next);
      return outcome;
    },
  };
  return session;
}

/** The request the pre-request scripts left, to be prepared and sent (the editor keeps what was typed). */
export async function runPreRequest(session: ScriptSession, request: RequestModel): Promise<RequestModel> {
  const outcome = await session.run('prerequest', request);
  return outcome ? applyScriptRequest(request, outcome.state.request) : request;
}
