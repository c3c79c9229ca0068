import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postmanFixture } from '../../core/interop/testing/fixtures';
import { type SandboxServer, startSandboxServer } from '../../server/sandbox/testServer';
import { comparable } from './echo';
import { fixtureDir, reqlabRun } from './harness';

const run = promisify(execFile);
const BY_FIELDS = { urlencodedByFields: true };

/**
 * Postman's runtime ignores folder-level variables (Reqlab applies them), so the collection
 * newman runs keeps its variables at collection level.
 */
function withoutFolderVariables(c: Record<string, unknown>): Record<string, unknown> {
  const strip = (items: Record<string, unknown>[]): Record<string, unknown>[] =>
    items.map((i) => (Array.isArray(i.item) ? { ...i, variable: undefined, item: strip(i.item as Record<string, unknown>[]) } : i));
  return { ...c, variable: [...(c.variable as unknown[]), { key: 'section', value: 'collection-level' }], item: strip(c.item as Record<string, unknown>[]) };
}
const NEWMAN = join(process.cwd(), 'node_modules/.bin/newman');

interface NewmanExecution {
  item: { name: string };
  request: { method: string };
  response?: { code: number; stream: { type: 'Buffer'; data: number[] } };
}

describe('Postman oracle: newman and `reqlab run` send the same requests', () => {
  let sandbox: SandboxServer;
  const { dir } = fixtureDir();
  beforeAll(async () => { sandbox = await startSandboxServer(); });
  afterAll(async () => { await sandbox.close(); });

  it('agrees request by request on a collection with nested folders, inheritance, variables and every body mode', async () => {
    const collection = join(dir, 'fixture.postman_collection.json');
    writeFileSync(collection, JSON.stringify(withoutFolderVariables(postmanFixture('{{base}}', join(dir, 'text.txt')))));
    const env = join(dir, 'env.json');
    writeFileSync(env, JSON.stringify({ name: 'sandbox', values: [{ key: 'base', value: sandbox.base, enabled: true }] }));
    const report = join(dir, 'newman.json');
    await run(NEWMAN, ['run', collection, '-e', env, '--reporters', 'json', '--reporter-json-export', report, '--working-dir', dir], { cwd: dir }).catch((e: { stdout?: string; stderr?: string }) => {
      throw new Error(`newman failed: ${e.stdout ?? ''}${e.stderr ?? ''}`);
    });
    const executions = (JSON.parse(readFileSync(report, 'utf8')) as { run: { executions: NewmanExecution[] } }).run.executions;
    const ours = await reqlabRun(collection, ['--env', env]);
    expect(ours.err).toBe('');
    expect(ours.code).toBe(0);
    expect(ours.lines.map((l) => l.name)).toEqual(executions.map((e) => e.item.name));
    expect(executions.length).toBe(11);
    const mine = ours.lines.map((line) => ({ name: line.name, sent: comparable(line.status!, line.body?.text ?? '', BY_FIELDS) }));
    const newman = executions.map((e) => ({ name: e.item.name, sent: comparable(e.response!.code, Buffer.from(e.response!.stream.data).toString('utf8'), BY_FIELDS) }));
    expect(mine).toEqual(newman);
  });

  it('keeps cookies across a run as newman does: a login cookie goes to the next request in its path only', async () => {
    const item = (name: string, path: string) => ({ name, request: { method: 'GET', url: `{{base}}${path}` } });
    const collection = join(dir, 'cookies.postman_collection.json');
    writeFileSync(collection, JSON.stringify({
      info: { name: 'Cookies', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [item('Log in', '/sandbox/login?max_age=60'), item('Who am I', '/sandbox/cookies'), item('Elsewhere', '/anything-outside'), item('Set two', '/sandbox/cookies/set?a=1&b=2'), item('Delete a', '/sandbox/cookies/delete?a'), item('Left', '/sandbox/cookies')],
    }));
    const env = join(dir, 'env.json');
    writeFileSync(env, JSON.stringify({ name: 'sandbox', values: [{ key: 'base', value: sandbox.base, enabled: true }] }));
    const report = join(dir, 'newman-cookies.json');
    await run(NEWMAN, ['run', collection, '-e', env, '--reporters', 'json', '--reporter-json-export', report], { cwd: dir });
    const executions = (JSON.parse(readFileSync(report, 'utf8')) as { run: { executions: NewmanExecution[] } }).run.executions;
    const names = (text: string) => {
      try {
        return Object.keys((JSON.parse(text) as { cookies?: Record<string, string> }).cookies ?? {}).sort();
      } catch {
        return null;
      }
    };
    const ours = await reqlabRun(collection, ['--env', env]);
    const mine = ours.lines.map((l) => names(l.body?.text ?? ''));
    const newman = executions.map((e) => names(Buffer.from(e.response!.stream.data).toString('utf8')));
    expect(newman[1]).toEqual(['session']);
    expect(newman[5]).toEqual(['b', 'session']);
    expect(mine).toEqual(newman);
  });
});
