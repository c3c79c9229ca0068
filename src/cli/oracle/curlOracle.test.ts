import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandboxServer } from '../../server/sandbox/testServer';
import { CURL_COMMANDS } from './curlCommands';
import { comparable } from './echo';
import { fixtureDir, reqlabRun } from './harness';

const run = promisify(execFile);
const STATUS = '__STATUS__';

describe('cURL oracle: real curl and `reqlab run` of the imported command send the same request', () => {
  let sandbox: SandboxServer;
  const { dir } = fixtureDir();
  beforeAll(async () => { sandbox = await startSandboxServer(); });
  afterAll(async () => { await sandbox.close(); });

  it('has at least 40 commands', () => expect(CURL_COMMANDS.length).toBeGreaterThanOrEqual(40));

  it.each(CURL_COMMANDS.map((c, i) => [i, c] as const))('#%i %s', async (i, template) => {
    const command = template.split('$B').join(sandbox.base).split('$D').join(dir);
    // bash does the quoting for real curl; reqlab reads the very same text.
    const curl = await run('bash', ['-c', `${command} -s -w '${STATUS}%{http_code}'`], { cwd: dir, encoding: 'buffer', maxBuffer: 1 << 24 });
    const stdout = curl.stdout.toString('utf8');
    const at = stdout.lastIndexOf(STATUS);
    const curlStatus = Number(stdout.slice(at + STATUS.length));
    const curlBody = stdout.slice(0, at);
    const file = join(dir, `cmd${i}.sh`);
    writeFileSync(file, command);
    const ours = await reqlabRun(file);
    expect(ours.err).toBe('');
    expect(ours.code).toBe(0);
    const line = ours.lines[0]!;
    expect(line.status).toBe(curlStatus);
    if (/ (-I|--head) /.test(command)) {
      expect(line.request!.method).toBe('HEAD');
      return;
    }
    expect(comparable(line.status!, line.body?.text ?? '')).toEqual(comparable(curlStatus, curlBody));
  });
});
