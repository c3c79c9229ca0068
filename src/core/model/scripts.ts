/** Which of Postman's two script events runs: before the send, or after the response. */
export type ScriptEventName = 'prerequest' | 'test';

/** One script to run, named as a person finds it: `My API / users / Create user · Tests`. */
export interface ScriptSource {
  label: string;
  code: string;
}

/** A variable scope as a script sees it: names to values (a script may store numbers, booleans, objects). */
export type ScriptVariables = Record<string, unknown>;

/** The request as `pm.request` shows it, before variables are resolved (as in Postman). */
export interface ScriptRequest {
  name: string;
  method: string;
  url: string;
  headers: { key: string; value: string; disabled?: boolean }[];
  /** Only raw and urlencoded bodies are open to scripts; other modes are read as `{ mode }`. */
  body: { mode: string; raw?: string; urlencoded?: { key: string; value: string; disabled?: boolean }[] };
}

/** The response as `pm.response` shows it. */
export interface ScriptResponse {
  code: number;
  status: string;
  headers: [string, string][];
  /** The body as UTF-8 text. */
  body: string;
  responseTime: number;
  responseSize: number;
}

/** What a script can read and change, handed to the engine and given back changed. */
export interface ScriptState {
  globals: ScriptVariables;
  /** Collection variables (with the folders' applied over them, as Reqlab resolves them). */
  collectionVariables: ScriptVariables;
  environment: ScriptVariables;
  /** The iteration's data row: read-only to scripts. */
  iterationData: ScriptVariables;
  /** `pm.variables.set`: for this request only, above every other scope. */
  local: ScriptVariables;
  request: ScriptRequest;
}

export interface ScriptRunInput {
  event: ScriptEventName;
  scripts: ScriptSource[];
  state: ScriptState;
  response?: ScriptResponse;
  cookies?: { name: string; value: string }[];
  info: { requestName: string; requestId: string; iteration: number; iterationCount: number; environmentName?: string };
  /** Milliseconds a script may run before it is stopped. */
  timeoutMs: number;
}

export interface TestResult {
  name: string;
  passed: boolean;
  /** Skipped with `pm.test.skip`: neither passed nor failed. */
  skipped?: boolean;
  /** The assertion's message when it failed. */
  error?: string;
  /** The label of the script that ran the test. */
  script: string;
}

export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
  script: string;
}

/** Why a script stopped early: it threw, ran too long, or used too much memory. */
export interface ScriptFailure {
  script: string;
  kind: 'error' | 'timeout' | 'memory';
  message: string;
}

export interface ScriptRunOutcome {
  state: ScriptState;
  tests: TestResult[];
  console: ConsoleLine[];
  /** `postman.setNextRequest(name)`: a name, null to stop the run; absent when not called. */
  nextRequest?: string | null;
  /** `pm.execution.skipRequest()` in a pre-request script. */
  skipRequest?: boolean;
  failures: ScriptFailure[];
}

/** Runs scripts in isolation. The browser's runs in a Worker; the CLI's in-process; both use one engine. */
export interface ScriptEngine {
  run(input: ScriptRunInput, send?: ScriptSendRequest): Promise<ScriptRunOutcome>;
}

/** `pm.sendRequest`: the host sends a request for a script (through the same senders as everything else). */
export type ScriptSendRequest = (request: ScriptRequest) => Promise<ScriptResponse>;

/** The scripts of one send, as the response shows them and history keeps them. */
export interface ScriptReport {
  tests: TestResult[];
  console: ConsoleLine[];
  failures: ScriptFailure[];
}
