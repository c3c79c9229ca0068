import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInCourse } from '../../core/learn/builtInCourse';
import { stepRequestModel } from '../../core/learn/stepRequest';
import { generateSnippet } from '../../core/interop/codegen/generateSnippet';
import type { LabEntry } from '../../core/model';
import { prepareRequest } from '../../core/prepare';
import { NodeSender } from '../../server/relay/NodeSender';
import { startSandboxServer, type SandboxServer } from '../../server/sandbox/testServer';
import { agreedHeaders } from './echo';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

/** What the lab received, as two clients must agree on it: the query decoded, a JSON body by value. */
function received(entry: LabEntry) {
  let body: unknown = entry.body;
  try {
    body = entry.body === '' ? '' : JSON.parse(entry.body);
  } catch {
    // not JSON: compared as text
  }
  const headers = agreedHeaders(Object.entries(entry.headers)).filter(([name]) => name !== 'cookie');
  return { method: entry.method, path: entry.path, query: [...new URLSearchParams(entry.query)], headers, body, status: entry.status };
}

const steps = builtInCourse().lessons.flatMap((lesson) => lesson.steps.filter((step) => step.request).map((step) => ({ key: `${lesson.id}/${step.id}`, lesson, step })));

describe('every lesson step that sends a request: its Python requests code sends what the app sends', () => {
  let sandbox: SandboxServer;
  const dir = mkdtempSync(join(tmpdir(), 'reqlab-lessons-'));
  beforeAll(async () => {
    sandbox = await startSandboxServer();
  });
  afterAll(() => sandbox.close());

  it('covers the course', () => {
    expect(steps.length).toBeGreaterThanOrEqual(35);
  });

  it.each(steps.map((s) => [s.key, s] as const))('%s', async (key, { lesson, step }) => {
    const lab = (who: string) => `${sandbox.base}/sandbox/lab/${key.replace('/', '-')}-${who}`;
    const log = async (base: string) => ((await (await fetch(`${base}/log`)).json()) as { entries: LabEntry[] }).entries.map(received);
    const at = (who: string) => ({ lab: lab(who), sandbox: `${sandbox.base}/sandbox` });

    const appRequest = stepRequestModel(step.request!, at('app'), `${lesson.title}: ${step.title}`);
    const appPrepared = await prepareRequest(appRequest, { scopes: { globals: [], collection: [], environment: [] } });
    await new NodeSender().send(appPrepared, AbortSignal.timeout(10_000));

    const pyRequest = stepRequestModel(step.request!, at('python'), `${lesson.title}: ${step.title}`);
    const code = await generateSnippet(await prepareRequest(pyRequest, { scopes: { globals: [], collection: [], environment: [] } }), 'python');
    const file = join(dir, `${key.replace('/', '-')}.py`);
    writeFileSync(file, code);
    await run(PYTHON, [file], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });

    const fromApp = await log(lab('app'));
    const fromPython = await log(lab('python'));
    expect(fromApp.length, key).toBeGreaterThan(0);
    expect(fromPython, `${key}\n${code}`).toEqual(fromApp);
  });
});
