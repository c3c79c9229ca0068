/**
 * Runs the Postman collections of a corpus that carry scripts through newman and through `reqlab run`,
 * with every literal host pointed at the sandbox echo (nothing leaves the machine), and prints per
 * collection how many test outcomes agree. Not part of the suite: the corpus is not in the repo.
 *   npx tsx src/cli/oracle/corpusScripts.ts ../shared/corpus/postman/collections
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSandboxServer } from '../../server/sandbox/testServer';
import { reqlabRun } from './harness';

const run = promisify(execFile);
const NEWMAN = join(process.cwd(), 'node_modules/.bin/newman');

interface NewmanExecution { item: { name: string }; cursor: { httpRequestId?: string }; assertions?: { assertion: string; skipped?: boolean; error?: { message: string } }[] }

async function main(folder: string) {
  const sandbox = await startSandboxServer();
  const dir = mkdtempSync(join(tmpdir(), 'reqlab-corpus-'));
  let total = 0;
  let agreeing = 0;
  for (const name of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(join(folder, name), 'utf8');
    if (!text.includes('"listen"')) continue;
    const local = text.replace(/https?:\/\/[a-zA-Z0-9.-]+(:\d+)?(?=[/"?])/g, `${sandbox.base}/sandbox/anything`);
    const file = join(dir, name);
    writeFileSync(file, local);
    const report = join(dir, `${name}.newman.json`);
    await run(NEWMAN, ['run', file, '--reporters', 'json', '--reporter-json-export', report, '--timeout-script', '5000'], { cwd: dir, maxBuffer: 1 << 26 }).catch(() => undefined);
    let executions: NewmanExecution[] = [];
    try {
      executions = (JSON.parse(readFileSync(report, 'utf8')) as { run: { executions: NewmanExecution[] } }).run.executions.filter((e, i, all) => !e.cursor.httpRequestId || all[i - 1]?.cursor.httpRequestId !== e.cursor.httpRequestId);
    } catch {
      console.log(`${name}: newman wrote no report`);
      continue;
    }
    const ours = await reqlabRun(file, ['--timeout-script', '5000']);
    const theirs = executions.map((e) => (e.assertions ?? []).map((a) => `${a.assertion}=${a.skipped ? 'skip' : a.error ? 'fail' : 'pass'}`));
    const mine = ours.lines.map((l) => (l.tests ?? []).map((t) => `${t.name}=${t.skipped ? 'skip' : t.passed ? 'pass' : 'fail'}`));
    let same = 0;
    let all = 0;
    const differences: string[] = [];
    for (let i = 0; i < Math.max(theirs.length, mine.length); i++) {
      const a = theirs[i] ?? [];
      const b = mine[i] ?? [];
      for (let j = 0; j < Math.max(a.length, b.length); j++) {
        all++;
        if (a[j] === b[j]) same++;
        else if (differences.length < 5) differences.push(`${executions[i]?.item.name ?? ours.lines[i]?.name}: newman ${a[j] ?? '—'} · reqlab ${b[j] ?? '—'}`);
      }
    }
    total += all;
    agreeing += same;
    const failures = ours.lines.flatMap((l) => ((l as { failures?: { message: string }[] }).failures ?? []).map((f) => f.message));
    console.log(`${name}: ${executions.length} / ${ours.lines.length} requests, ${same}/${all} test outcomes agree${failures.length ? `; ${failures.length} script errors in reqlab, e.g. ${failures[0]}` : ''}`);
    for (const d of differences) console.log(`    ${d}`);
  }
  console.log(`\nall: ${agreeing}/${total} test outcomes agree`);
  await sandbox.close();
}

await main(process.argv[2] ?? '../shared/corpus/postman/collections');
