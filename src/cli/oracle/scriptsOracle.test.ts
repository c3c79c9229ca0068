import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandboxServer } from '../../server/sandbox/testServer';
import { receivedSummary } from './echo';
import { fixtureDir, reqlabRun } from './harness';
import { scriptedCollection } from './scriptedCollection';

const run = promisify(execFile);
const NEWMAN = join(process.cwd(), 'node_modules/.bin/newman');

interface NewmanExecution {
  cursor: { httpRequestId: string };
  item: { name: string };
  response?: { code: number; stream: { type: 'Buffer'; data: number[] } };
  assertions?: { assertion: string; skipped?: boolean; error?: { message: string } }[];
}

interface Exported { values: { key: string; value: unknown }[] }
const values = (file: string) => Object.fromEntries((JSON.parse(readFileSync(file, 'utf8')) as Exported).values.map((v) => [v.key, String(v.value)]));

describe('Scripts oracle: newman and `reqlab run` run the same scripts to the same end', () => {
  let sandbox: SandboxServer;
  const { dir } = fixtureDir();
  beforeAll(async () => { sandbox = await startSandboxServer(undefined, { record: true }); });
  afterAll(async () => { await sandbox.close(); });

  for (const [kind, file, text] of [
    ['CSV', 'users.csv', 'user\nada\n"grace"\n'],
    ['JSON', 'users.json', JSON.stringify([{ user: 'ada' }, { user: 'grace' }])],
  ] as const) {
    it(`agrees on tests, requests received and variables at the end, with ${kind} iteration data`, async () => {
      const collection = join(dir, 'scripted.postman_collection.json');
      writeFileSync(collection, JSON.stringify(scriptedCollection()));
      const env = join(dir, 'scripted-env.json');
      writeFileSync(env, JSON.stringify({ name: 'sandbox', values: [{ key: 'base', value: sandbox.base, enabled: true }, { key: 'drop me', value: 'x', enabled: true }] }));
      const data = join(dir, file);
      writeFileSync(data, text);
      const report = join(dir, `newman-${kind}.json`);
      const newmanEnv = join(dir, `newman-env-${kind}.json`);
      const ourEnv = join(dir, `reqlab-env-${kind}.json`);
      // One test fails on purpose, so both exit 1.
      sandbox.received.length = 0;
      const newman = await run(NEWMAN, ['run', collection, '-e', env, '-d', data, '--reporters', 'json', '--reporter-json-export', report, '--export-environment', newmanEnv], { cwd: dir }).then(
        () => 0,
        (e: { code?: number }) => e.code ?? -1,
      );
      // newman's JSON report lists an item twice when its script calls pm.sendRequest (same request id): once is enough.
      const executions = (JSON.parse(readFileSync(report, 'utf8')) as { run: { executions: NewmanExecution[] } }).run.executions.filter((e, i, all) => all[i - 1]?.cursor.httpRequestId !== e.cursor.httpRequestId);
      const newmanReceived = sandbox.received.splice(0).map(receivedSummary);
      const ours = await reqlabRun(collection, ['--env', env, '--iteration-data', data, '--export-environment', ourEnv]);
      expect([ours.code, newman]).toEqual([1, 1]);

      const names = executions.map((e) => e.item.name);
      expect(names).toEqual(['Log in', 'Who am I', 'Rewritten', 'Loop', 'Loop', 'Loop', 'Last', 'Log in', 'Who am I', 'Rewritten', 'Loop', 'Last']);
      expect(ours.lines.map((l) => l.name)).toEqual(names);

      const newmanTests = executions.map((e) => (e.assertions ?? []).map((a) => [a.assertion, !a.error && !a.skipped]));
      const ourTests = ours.lines.map((l) => (l.tests ?? []).map((t) => [t.name, t.passed]));
      expect(ourTests).toEqual(newmanTests);
      expect(ourTests.flat().filter(([, passed]) => !passed)).toHaveLength(2);

      // What the sandbox received, pm.sendRequest's requests included, in order.
      const ourReceived = sandbox.received.splice(0).map(receivedSummary);
      expect(ourReceived).toHaveLength(14);
      expect(ourReceived).toEqual(newmanReceived);

      expect(values(ourEnv)).toEqual(values(newmanEnv));
      expect(values(ourEnv)).toMatchObject({ token: 'tok-grace', side: '/sandbox/anything/side#1', 'calls seen': '12' });
    }, 60_000);
  }
});
