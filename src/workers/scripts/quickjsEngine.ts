import { newQuickJSWASMModuleFromVariant, type QuickJSContext, type QuickJSHandle, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { QuickJSSyncVariant } from 'quickjs-emscripten-core';
import type { ScriptEngine, ScriptFailure, ScriptRunInput, ScriptRunOutcome, ScriptSendRequest, ScriptResponse } from '../../core/model/scripts';
import { PM_RUNTIME_SOURCE } from '../../core/scripts/pmRuntime';
import { moduleScript } from '../../core/scripts/moduleScript';

/** A script VM may hold this much, chai and lodash included (about 6 MB of it), before it is stopped. */
export const SCRIPT_MEMORY_BYTES = 64 * 1024 * 1024;

export interface EngineSources {
  variant: QuickJSSyncVariant;
  /** Library sources a script can `require` (chai for pm.expect, lodash as `_`), loaded on first use. */
  modules: Record<string, () => string | Promise<string>>;
}

interface Sent { id: number; error?: string; answer?: ScriptResponse }

function failureOf(script: string, error: unknown, timeoutMs: number): ScriptFailure {
  const e = (error && typeof error === 'object' ? error : { message: String(error) }) as { name?: string; message?: string; stack?: string };
  const message = String(e.message ?? '');
  if (/interrupted/i.test(message)) return { script, kind: 'timeout', message: `“${script}” ran for more than ${timeoutMs} ms and was stopped (an endless loop?).` };
  if (/out of memory/i.test(message) || /stack overflow/i.test(message)) {
    return { script, kind: 'memory', message: `“${script}” used more memory than a script may (${SCRIPT_MEMORY_BYTES / 1024 / 1024} MB) and was stopped.` };
  }
  const line = /:(\d+)(?::\d+)?\)?\s*$/m.exec(e.stack ?? '')?.[1];
  return { script, kind: 'error', message: `“${script}”: ${e.name ?? 'Error'}: ${message}${line ? ` (line ${line})` : ''}` };
}

/**
 * Runs Postman scripts in QuickJS: a VM of its own per event, with no page, no network and no
 * storage in it, only the `pm` API. Each script has `timeoutMs`; the VM has a memory cap.
 */
export function createQuickJsEngine(load: () => Promise<EngineSources>): ScriptEngine {
  let loaded: Promise<{ quickjs: QuickJSWASMModule; sources: Map<string, string> }> | undefined;
  // The WebAssembly module and the library sources are read once, not on every run.
  const ready = () =>
    (loaded ??= load().then(async (s) => {
      const sources = new Map<string, string>();
      for (const name of Object.keys(s.modules)) sources.set(name, await s.modules[name]!());
      return { quickjs: await newQuickJSWASMModuleFromVariant(s.variant), sources };
    }));
  return {
    async run(input: ScriptRunInput, send?: ScriptSendRequest): Promise<ScriptRunOutcome> {
      const { quickjs, sources } = await ready();
      let deadline = Infinity;
      const runtime = quickjs.newRuntime({ memoryLimitBytes: SCRIPT_MEMORY_BYTES, maxStackSizeBytes: 512 * 1024, interruptHandler: () => Date.now() > deadline });
      const vm = runtime.newContext();
      const failures: ScriptFailure[] = [];
      const cache = new Map<string, QuickJSHandle>();
      const sends = new Map<number, Promise<Sent>>();
      try {
        define(vm, input, sources, cache, sends, send);
        deadline = Date.now() + input.timeoutMs;
        vm.unwrapResult(vm.evalCode(PM_RUNTIME_SOURCE, 'pm-runtime.js')).dispose();
        let broken = false;
        for (const script of input.scripts) {
          deadline = Date.now() + input.timeoutMs;
          call(vm, '__begin', vm.newString(script.label));
          // The wrapper gives each script its own scope, as Postman does; it stays on line 1.
          const result = vm.evalCode(`(function () {${script.code}\n})()`, script.label);
          if (result.error) {
            const error = vm.dump(result.error) as unknown;
            result.error.dispose();
            const failure = failureOf(script.label, error, input.timeoutMs);
            failures.push(failure);
            if (failure.kind !== 'error') { broken = true; break; }
          } else result.value.dispose();
          broken = await settle(vm, sends, () => (deadline = Date.now() + input.timeoutMs), script.label, input.timeoutMs, failures);
          if (broken) break;
          call(vm, '__end');
        }
        if (broken) {
          // A stopped script ends the event, but what the scripts before it did stands, as in
          // Postman, where each level's script is a run of its own: read it with a fresh clock and
          // the memory cap lifted (the VM survives an interrupt and a failed allocation).
          deadline = Date.now() + input.timeoutMs;
          runtime.setMemoryLimit(-1);
          const out = readOutput(vm);
          if (!out) return { state: input.state, tests: [], console: [], failures };
          return { state: out.state, tests: out.tests, console: out.console, failures };
        }
        const out = readOutput(vm);
        if (!out) throw new Error('The scripts’ results could not be read.');
        for (const e of out.errors) failures.push({ script: e.script, kind: 'error', message: `“${e.script}”: ${e.message}` });
        return {
          state: out.state,
          tests: out.tests,
          console: out.console,
          ...(out.nextRequest !== undefined ? { nextRequest: out.nextRequest } : {}),
          ...(out.skipRequest ? { skipRequest: true } : {}),
          failures,
        };
      } catch (e) {
        failures.push(failureOf(input.scripts[0]?.label ?? 'script', e, input.timeoutMs));
        return { state: input.state, tests: [], console: [], failures };
      } finally {
        for (const h of cache.values()) if (h.alive) h.dispose();
        vm.dispose();
        runtime.dispose();
      }
    },
  };
}

type Output = Omit<ScriptRunOutcome, 'failures'> & { errors: { script: string; message: string }[] };

/** What the pm runtime collected (tests, console, variables), or undefined when it can't be read. */
function readOutput(vm: QuickJSContext): Output | undefined {
  const outputFn = vm.getProp(vm.global, '__output');
  const result = vm.callFunction(outputFn, vm.undefined);
  outputFn.dispose();
  if (result.error) {
    result.error.dispose();
    return undefined;
  }
  const text = vm.getString(result.value);
  result.value.dispose();
  return JSON.parse(text) as Output;
}

function call(vm: QuickJSContext, name: string, ...args: QuickJSHandle[]): void {
  const fn = vm.getProp(vm.global, name);
  const r = vm.callFunction(fn, vm.undefined, ...args);
  fn.dispose();
  for (const a of args) a.dispose();
  vm.unwrapResult(r).dispose();
}

/** The host side of `__send` and `__require`, and the input, set on a fresh VM. */
function define(vm: QuickJSContext, input: ScriptRunInput, sources: Map<string, string>, cache: Map<string, QuickJSHandle>, sends: Map<number, Promise<Sent>>, send?: ScriptSendRequest) {
  const payload = vm.newString(JSON.stringify({ ...input, scripts: undefined }));
  vm.setProp(vm.global, '__input', payload);
  payload.dispose();
  const requireFn = vm.newFunction('__require', (nameHandle) => {
    const name = vm.getString(nameHandle);
    const known = cache.get(name);
    if (known) return known.dup();
    const source = sources.get(name);
    if (source === undefined) {
      throw new Error(`require('${name}') is not available in Reqlab's scripts; they have the pm API, chai (pm.expect) and lodash (_).`);
    }
    const handle = vm.unwrapResult(vm.evalCode(moduleScript(source), `${name}.js`));
    cache.set(name, handle);
    return handle.dup();
  });
  vm.setProp(vm.global, '__require', requireFn);
  requireFn.dispose();
  const sendFn = vm.newFunction('__send', (idHandle, requestHandle) => {
    const id = vm.getNumber(idHandle);
    const request = JSON.parse(vm.getString(requestHandle)) as Parameters<ScriptSendRequest>[0];
    const sent: Promise<Sent> = send
      ? send(request).then((answer) => ({ id, answer }), (e: unknown) => ({ id, error: e instanceof Error ? e.message : String(e) }))
      : Promise.resolve({ id, error: 'pm.sendRequest is not available here.' });
    sends.set(id, sent);
  });
  vm.setProp(vm.global, '__send', sendFn);
  sendFn.dispose();
}

/** Runs promise jobs and delivers pm.sendRequest answers until the script has nothing left waiting. True when it was stopped. */
async function settle(vm: QuickJSContext, sends: Map<number, Promise<Sent>>, rearm: () => void, label: string, timeoutMs: number, failures: ScriptFailure[]): Promise<boolean> {
  for (;;) {
    const jobs = vm.runtime.executePendingJobs();
    if (jobs.error) {
      const failure = failureOf(label, vm.dump(jobs.error), timeoutMs);
      jobs.error.dispose();
      failures.push(failure);
      if (failure.kind !== 'error') return true;
    }
    if (sends.size === 0) return false;
    const done = await Promise.race(sends.values());
    sends.delete(done.id);
    rearm();
    const args = [vm.newNumber(done.id), done.error === undefined ? vm.null : vm.newString(done.error), done.answer ? vm.newString(JSON.stringify(done.answer)) : vm.null];
    call(vm, '__deliver', ...args);
  }
}
