import { readFileSync, writeFileSync } from 'node:fs';
import { CookieJar } from 'tough-cookie';
import type { Variable } from '../../core/model';
import { memoryTokenStore } from '../../core/auth/oauth2';
import { executionJson, junitReport, parseIterationData, runCollection, type Execution } from '../../core/runner';
import { NodeSender } from '../../server/relay/NodeSender';
import type { Sender } from '../../transport/sender';
import type { CliArgs } from '../args';
import type { Io } from '../io';
import { fileAccess, guardedFileResolver, guardedReadFile } from '../fileAccess';
import { loadInput } from '../loadInput';
import { nodeScriptEngine } from '../scriptEngine';
import { UsageError } from '../UsageError';

/** One JSON line per request. */
function jsonLine(e: Execution): string {
  return JSON.stringify(executionJson(e));
}

function cliLines(e: Execution): string {
  const head = e.prepared ? `${e.prepared.method} ${e.prepared.url}` : e.path;
  const answer = e.response ? `${e.response.status} ${e.response.statusText}  ${e.response.bodySize} B  ${Math.round(e.response.timing.total)} ms` : e.skipped ? 'skipped' : `failed: ${e.error?.message ?? ''}`;
  const lines = [`${head}\n  ${answer}  (${e.path})`];
  for (const c of e.console) lines.push(`  ${c.level === 'log' ? '' : c.level + ': '}${c.text}`);
  for (const t of e.tests) lines.push(`  ${t.skipped ? '-' : t.passed ? '✓' : '✗'} ${t.name}${t.error ? `\n      ${t.error}` : ''}`);
  for (const f of e.failures) lines.push(`  ! ${f.message}`);
  return lines.join('\n') + '\n';
}

/** `KEY=VALUE` options (newman's --env-var, --global-var) over the variables they name. */
function withOverrides(vars: Variable[], pairs: string[], flag: string): Variable[] {
  let out = vars;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} needs KEY=VALUE, got "${pair}"`);
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    out = [...out.filter((v) => v.key !== key), { id: key, key, value, enabled: true, secret: false }];
  }
  return out;
}

function count(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} needs a whole number, got "${text}"`);
  return Number(text);
}

/**
 * `reqlab run`: runs the collection as newman does (scripts, tests, setNextRequest, iteration data)
 * through the relay's Node executor, with one cookie jar for the run. Exit status 1 when a test,
 * a script or a request fails.
 */
export async function run(args: CliArgs, io: Io, sender: Sender = new NodeSender({ jar: new CookieJar() })): Promise<number> {
  const reporter = args.reporter ?? 'cli';
  if (!['cli', 'json', 'junit'].includes(reporter)) throw new UsageError('--reporter must be cli, json or junit');
  const access = fileAccess({ input: args.input, allowWorkingFolder: true, allow: args.allowFileRead });
  const input = loadInput(args.input, args.env, guardedReadFile(access, io.err));
  let data;
  if (args.iterationData) {
    let text: string;
    try {
      text = readFileSync(args.iterationData, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read "${args.iterationData}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    try {
      data = parseIterationData(text, args.iterationData);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const environment = input.environment ?? { id: 'cli', name: '', variables: [] };
  const result = await runCollection({
    collection: input.collection,
    environment: { ...environment, variables: withOverrides(environment.variables, args.envVar, '--env-var') },
    globals: withOverrides(input.globals, args.globalVar, '--global-var'),
    ...(data ? { data } : {}),
    ...(args.iterationCount !== undefined ? { iterationCount: count(args.iterationCount, '--iteration-count') } : {}),
    delayMs: count(args.delayRequest, '--delay-request') ?? 0,
    timeoutScriptMs: count(args.timeoutScript, '--timeout-script') || 5000,
    bail: args.bail,
    engine: nodeScriptEngine,
    // Tokens live for this run only: nothing is written to disk.
    oauth2Tokens: memoryTokenStore(),
    browser: false,
    send: (p) => sender.send(p, AbortSignal.timeout(p.timeoutMs > 0 ? p.timeoutMs + 5_000 : 300_000)),
    fileResolver: guardedFileResolver(access),
    onExecution: (e) => {
      if (reporter === 'json') io.out(jsonLine(e) + '\n');
      if (reporter === 'cli') io.out(cliLines(e));
      if (e.error) io.err(`${e.prepared ? `${e.prepared.method} ${e.prepared.url}` : `"${e.path}"`}: ${e.error.message}\n`);
    },
  });
  const tests = result.executions.flatMap((e) => e.tests);
  const failed = result.executions.filter((e) => e.error || e.failures.length).length + tests.filter((t) => !t.passed && !t.skipped).length;
  if (reporter === 'junit') io.out(junitReport(input.collection.name, result));
  if (reporter === 'cli') {
    io.out(`\n${result.executions.length} requests, ${tests.filter((t) => t.passed).length}/${tests.filter((t) => !t.skipped).length} tests passed${result.stopped ? `, stopped (${result.stopped})` : ''}\n`);
  }
  if (args.exportEnvironment) {
    const values = result.environment.map((v) => ({ key: v.key, value: v.currentValue ?? v.value, enabled: v.enabled, ...(v.secret ? { type: 'secret' } : {}) }));
    writeFileSync(args.exportEnvironment, JSON.stringify({ name: environment.name, values, _postman_variable_scope: 'environment' }, null, 2));
  }
  return failed ? 1 : 0;
}
