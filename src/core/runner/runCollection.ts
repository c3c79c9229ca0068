import type { Collection, Environment, FileResolver, OAuth2TokenStore, PreparedRequest, RequestModel, ResponseRecord, Variable } from '../model';
import type { ConsoleLine, ScriptEngine, ScriptFailure, ScriptRequest, ScriptResponse, ScriptRunInput, ScriptState, ScriptVariables, TestResult } from '../model/scripts';
import { flattenCollection, type FlatRequest } from '../interop/flatten';
import { oauth2AuthOf, PrepareError, prepareRequest, type PrepareContext } from '../prepare';
import { applyScriptRequest, applyScriptVariables, prepareScriptRequest, responseCookies, scriptChain, scriptVariableList, sentScriptRequest, toScriptRequest, toScriptResponse, toScriptVariables } from '../scripts';

/** `request` is the request being run (for pm.sendRequest, the one whose script sends), so a caller can honour its own settings, such as its sender. */
export type RunSend = (prepared: PreparedRequest, signal: AbortSignal | undefined, request: RequestModel) => Promise<ResponseRecord>;

export interface RunOptions {
  collection: Collection;
  /** Run only the requests inside this folder (with the collection's and its folders' scripts), as Postman's "Run folder". */
  folderId?: string;
  environment?: Environment;
  globals?: Variable[];
  /** One data row per iteration (`--iteration-data`); an empty list runs `iterationCount` times with no data. */
  data?: ScriptVariables[];
  iterationCount?: number;
  engine: ScriptEngine;
  send: RunSend;
  fileResolver?: FileResolver;
  timeoutScriptMs?: number;
  delayMs?: number;
  /** Stop at the first failed test, script error or request error (`--bail`). */
  bail?: boolean;
  signal?: AbortSignal;
  onExecution?: (execution: Execution) => void;
  wait?: (ms: number) => Promise<void>;
  /**
   * Where OAuth 2.0 tokens are kept: a request with OAuth 2.0 gets a live token first (stored,
   * refreshed, or from the client credentials or password grant) through `send`.
   */
  oauth2Tokens?: OAuth2TokenStore;
  /** How token requests go, when not as the request itself would (the app sends them through the relay). */
  oauth2Send?: (prepared: PreparedRequest) => Promise<ResponseRecord>;
  /** False where no person can sign in (the CLI): the authorization code grant is refused with a message. */
  browser?: boolean;
}

export interface Execution {
  iteration: number;
  /** The request's id in the collection. */
  requestId: string;
  name: string;
  /** Where it sits, by the names a person sees: `My API / users / Create user`. */
  path: string;
  prepared?: PreparedRequest;
  response?: ResponseRecord;
  /** Why it was not sent, or why the send failed. */
  error?: { code: string; message: string };
  skipped?: boolean;
  tests: TestResult[];
  console: ConsoleLine[];
  failures: ScriptFailure[];
}

export interface RunResult {
  executions: Execution[];
  environment: Variable[];
  globals: Variable[];
  collectionVariables: Variable[];
  /** Set when the run ended early: by `--bail`, by cancelling, or by `setNextRequest(null)`. */
  stopped?: 'bail' | 'cancelled';
}

/** Errors a sender throws carry `{ code, message }`; anything else is UNKNOWN. */
function errorOf(e: unknown): { code: string; message: string } {
  if (e instanceof PrepareError) return { code: 'PREPARE', message: e.message };
  if (e instanceof Error && e.name === 'OAuth2Error') return { code: 'OAUTH2', message: e.message };
  const inner = (e as { error?: { code?: unknown; message?: unknown } }).error;
  if (inner && typeof inner.code === 'string') return { code: inner.code, message: String(inner.message) };
  return { code: 'UNKNOWN', message: e instanceof Error ? e.message : String(e) };
}

const noResponse = (url: string): ResponseRecord => ({
  sender: 'relay', url, status: 0, statusText: '', httpVersion: '', headers: [], body: new Uint8Array(), bodySize: 0, truncated: false, timing: { startedAt: 0, total: 0 }, redirects: [],
});

/**
 * Runs a collection as newman does: per iteration, every request in order (or as `setNextRequest`
 * steers), each with its pre-request scripts, the send, and its test scripts; variables that scripts
 * set carry over to the next request and the next iteration.
 */
export async function runCollection(o: RunOptions): Promise<RunResult> {
  let globals = o.globals ?? [];
  let environment = o.environment?.variables ?? [];
  let collectionVariables = o.collection.variables;
  const local: ScriptVariables = {};
  const rows = o.data && o.data.length ? o.data : [];
  const iterations = o.iterationCount ?? (rows.length || 1);
  const executions: Execution[] = [];
  const timeoutMs = o.timeoutScriptMs ?? 5000;
  const wait = o.wait ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let first = true;

  const runScripts = async (flat: FlatRequest, request: RequestModel, event: ScriptRunInput['event'], iteration: number, data: ScriptVariables, response?: ResponseRecord, sent?: PreparedRequest) => {
    const scripts = scriptChain([o.collection, ...flat.folders, request], event);
    if (!scripts.length) return undefined;
    const state: ScriptState = {
      globals: toScriptVariables(globals),
      collectionVariables: toScriptVariables(collectionVariables),
      environment: toScriptVariables(environment),
      iterationData: { ...data },
      local,
      request: response && sent ? sentScriptRequest(request.name, sent) : toScriptRequest(request),
    };
    const sendForScript = async (r: ScriptRequest): Promise<ScriptResponse> => toScriptResponse(await o.send(await prepareScriptRequest(r, scopes(data)), o.signal, request));
    const outcome = await o.engine.run(
      {
        event,
        scripts,
        state,
        ...(response ? { response: toScriptResponse(response), cookies: responseCookies(response) } : {}),
        info: { requestName: request.name, requestId: request.id, iteration, iterationCount: iterations, environmentName: o.environment?.name ?? '' },
        timeoutMs,
      },
      sendForScript,
    );
    globals = applyScriptVariables(globals, outcome.state.globals);
    environment = applyScriptVariables(environment, outcome.state.environment);
    collectionVariables = applyScriptVariables(collectionVariables, outcome.state.collectionVariables);
    for (const k of Object.keys(local)) delete local[k];
    Object.assign(local, outcome.state.local);
    return outcome;
  };
  const scopes = (data: ScriptVariables) => ({
    globals,
    collection: [collectionVariables],
    environment,
    request: [...scriptVariableList(data), ...scriptVariableList(local)],
  });

  for (let iteration = 0; iteration < iterations; iteration++) {
    const data = rows[iteration % (rows.length || 1)] ?? {};
    const items = flattenCollection(o.collection).filter((f) => !o.folderId || f.folders.some((d) => d.id === o.folderId));
    let i = 0;
    while (i < items.length) {
      if (!first && o.delayMs && !o.signal?.aborted) await wait(o.delayMs);
      if (o.signal?.aborted) return { executions, environment, globals, collectionVariables, stopped: 'cancelled' };
      first = false;
      const flat = items[i]!;
      const names = [o.collection.name, ...flat.folders.map((f) => f.name), flat.request.name].join(' / ');
      const execution: Execution = { iteration, requestId: flat.request.id, name: flat.request.name, path: names, tests: [], console: [], failures: [] };
      let request = flat.request;
      let next: string | null | undefined;
      const pre = await runScripts(flat, request, 'prerequest', iteration, data);
      if (pre) {
        request = applyScriptRequest(request, pre.state.request);
        execution.console.push(...pre.console);
        execution.tests.push(...pre.tests);
        execution.failures.push(...pre.failures);
        next = pre.nextRequest;
      }
      if (pre?.skipRequest) execution.skipped = true;
      else {
        try {
          const scopeList = scopes(data);
          const context: PrepareContext = {
            scopes: { ...scopeList, collection: [collectionVariables, ...flat.folders.map((f) => f.variables)] },
            inheritedAuth: flat.inheritedAuth,
            ...(o.fileResolver ? { fileResolver: o.fileResolver } : {}),
            ...(o.oauth2Tokens ? { oauth2Tokens: o.oauth2Tokens } : {}),
          };
          const oauth2 = o.oauth2Tokens && oauth2AuthOf(request, context);
          if (oauth2 && o.oauth2Tokens) {
            const { ensureOAuth2Token } = await import('../auth/oauth2/grants');
            const sent = request;
            await ensureOAuth2Token(oauth2, o.oauth2Tokens, o.oauth2Send ?? ((p) => o.send(p, o.signal, sent)), Date.now(), { browser: o.browser !== false });
          }
          execution.prepared = await prepareRequest(request, context);
          execution.response = await o.send(execution.prepared, o.signal, request);
        } catch (e) {
          execution.error = errorOf(e);
        }
        {
          // newman runs the test scripts of a request that failed (or could not be made) too, with an empty response.
          const answer = execution.response ?? noResponse(execution.prepared?.url ?? request.url);
          const post = await runScripts(flat, request, 'test', iteration, data, answer, execution.prepared);
          if (post) {
            execution.console.push(...post.console);
            execution.tests.push(...post.tests);
            execution.failures.push(...post.failures);
            if (post.nextRequest !== undefined) next = post.nextRequest;
          }
        }
      }
      executions.push(execution);
      o.onExecution?.(execution);
      const failed = execution.error || execution.failures.length || execution.tests.some((t) => !t.passed && !t.skipped);
      if (o.bail && failed) return { executions, environment, globals, collectionVariables, stopped: 'bail' };
      if (next === undefined) i++;
      else if (next === null) break;
      else {
        const to = items.findIndex((f) => f.request.name === next);
        if (to < 0) break;
        i = to;
      }
    }
  }
  return { executions, environment, globals, collectionVariables };
}
