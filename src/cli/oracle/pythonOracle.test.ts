import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSnippet } from '../../core/interop/codegen/generateSnippet';
import { type PreparedItem, prepareAll } from '../../core/interop/prepareAll';
import { NodeSender } from '../../server/relay/NodeSender';
import { type SandboxServer, startSandboxServer } from '../../server/sandbox/testServer';
import { comparable } from './echo';
import { fixtureDir } from './harness';
import { oracleCollection } from './oracleRequests';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';

describe('Python oracle: the generated requests code (exact bytes, and idiomatic by value) sends what the app sends', () => {
  let sandbox: SandboxServer;
  let items: PreparedItem[] = [];
  const { dir } = fixtureDir();
  beforeAll(async () => {
    sandbox = await startSandboxServer();
    items = await prepareAll(oracleCollection(sandbox.base, dir), { fileResolver: async (ref) => readFileSync(ref.path!) });
  });
  afterAll(async () => { await sandbox.close(); });

  it('covers at least 20 requests, all prepared', () => {
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items.filter((i) => i.error).map((i) => i.error!.message)).toEqual([]);
  });

  it.each(Array.from({ length: 26 }, (_, i) => i))('request #%i', async (i) => {
    const item = items[i];
    if (!item) return;
    const p = item.prepared!;
    const app = await new NodeSender().send(p, AbortSignal.timeout(10_000));
    const appBody = new TextDecoder().decode(app.body);
    for (const style of ['python-exact', 'python'] as const) {
      const code = await generateSnippet(p, style);
      const file = join(dir, `snippet${i}-${style}.py`);
      writeFileSync(file, code);
      const py = await run(PYTHON, [file], { cwd: dir });
      const [statusLine, ...rest] = py.stdout.split('\n');
      const pyBody = rest.join('\n').replace(/\n$/, '');
      const opts = style === 'python' ? { byValue: true } : {};
      expect(Number(statusLine), `${item.request.name}\n${code}`).toBe(app.status);
      // Idiomatic code prints a HEAD answer's headers (it has no body to print).
      if (style === 'python' && p.method === 'HEAD') continue;
      expect(comparable(Number(statusLine), pyBody, opts), `${item.request.name}\n${code}`).toEqual(comparable(app.status, appBody, opts));
    }
  });
});
