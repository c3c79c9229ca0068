import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandboxServer } from '../server/sandbox/testServer';
import { fixtureDir, reqlab } from './oracle/harness';

const exec = (code: string) => ({ listen: 'test', script: { exec: code.split('\n') } });

describe('reqlab run: newman’s options', () => {
  let sandbox: SandboxServer;
  const { dir } = fixtureDir();
  let collection = '';
  beforeAll(async () => {
    sandbox = await startSandboxServer();
    collection = join(dir, 'options.postman_collection.json');
    writeFileSync(collection, JSON.stringify({
      info: { name: 'Options', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        { name: 'First', event: [exec(`pm.test('greeting <ok>', () => pm.expect(pm.variables.get('greeting')).to.equal('hi'));\npm.test('fails', () => pm.expect(1).to.equal(2));`)], request: `{{base}}/sandbox/anything/first` },
        { name: 'Second', event: [exec(`pm.globals.set('seen', pm.globals.get('g') + '!');`)], request: `{{base}}/sandbox/anything/second` },
        { name: 'Forever', event: [exec('while (true) {}')], request: `{{base}}/sandbox/anything/third` },
      ],
    }));
  });
  afterAll(async () => { await sandbox.close(); });

  it('takes --env-var and --global-var, writes JUnit, and stops an endless script after --timeout-script', async () => {
    const r = await reqlab(['run', collection, '--env-var', `base=${sandbox.base}`, '--env-var', 'greeting=hi', '--global-var', 'g=G', '--reporter', 'junit', '--timeout-script', '300', '--export-environment', join(dir, 'out-env.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('<testsuite name="Options / First" id="0" tests="2" failures="1" errors="0" skipped="0"');
    expect(r.out).toContain('<testcase name="greeting &#60;ok&#62;" classname="Options / First"');
    expect(r.out).toContain('<failure type="AssertionFailure" message="AssertionError: expected 1 to equal 2">');
    expect(r.out).toContain('<error message="“Options / Forever · Tests” ran for more than 300 ms and was stopped (an endless loop?)."/>');
    const env = JSON.parse(readFileSync(join(dir, 'out-env.json'), 'utf8')) as { values: { key: string; value: string }[] };
    expect(env.values.map((v) => [v.key, v.value])).toEqual([['base', sandbox.base], ['greeting', 'hi']]);
  });

  it('stops at the first failure with --bail, and prints a table for people by default', async () => {
    const r = await reqlab(['run', collection, '--env-var', `base=${sandbox.base}`, '--bail']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ fails\n      AssertionError: expected 1 to equal 2');
    expect(r.out).toContain('✗ greeting <ok>');
    expect(r.out).not.toContain('/sandbox/anything/second');
    expect(r.out).toContain('1 requests, 0/2 tests passed, stopped (bail)');
  });

  it('refuses a bad option value with a clear message', async () => {
    const r = await reqlab(['run', collection, '-n', 'two']);
    expect([r.code, r.err.trim()]).toEqual([2, 'reqlab: --iteration-count needs a whole number, got "two"']);
    const data = await reqlab(['run', collection, '-d', join(dir, 'missing.csv')]);
    expect(data.err).toMatch(/cannot read ".*missing\.csv": ENOENT/);
  });
});
