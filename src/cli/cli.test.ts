import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAny } from '../core/interop/importAny';
import { postmanFixture } from '../core/interop/testing/fixtures';
import { type SandboxServer, startSandboxServer } from '../server/sandbox/testServer';
import { reqlab, reqlabRun } from './oracle/harness';

const dir = mkdtempSync(join(tmpdir(), 'reqlab-cli-'));
const upload = join(dir, 'upload.txt');
writeFileSync(upload, 'uploaded\n');
const collection = join(dir, 'c.json');
writeFileSync(collection, JSON.stringify(postmanFixture('{{base}}', upload)));
const env = join(dir, 'env.json');
writeFileSync(env, JSON.stringify({ name: 'e', values: [{ key: 'base', value: 'http://127.0.0.1:9', enabled: true }] }));

describe('reqlab convert', () => {
  it('--to har: every request prepared in file order, inherited auth applied, variables resolved', async () => {
    const r = await reqlab(['convert', collection, '--to', 'har', '--env', env]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const entries = (JSON.parse(r.out) as { log: { entries: { request: { method: string; url: string; headers: { name: string; value: string }[]; postData?: { text: string } } }[] } }).log.entries;
    expect(entries.map((e) => e.request.url.replace('http://127.0.0.1:9/sandbox/anything', ''))).toEqual(['/42?a=1&section=inner', '/noauth', '/json', '/text', '/xml', '/form', '/multipart', '/graphql', '/apikey', '/apikeyq?api_key=k%209', '/file']);
    const auth = (i: number) => entries[i]!.request.headers.find((h) => h.name === 'Authorization')?.value;
    expect(auth(0)).toBe('Bearer s3cret');
    expect(auth(1)).toBeUndefined();
    expect(auth(3)).toBe(`Basic ${Buffer.from('alice:p@ss').toString('base64')}`);
    expect(entries[5]!.request.postData!.text).toBe('a+b=c%26d&u=alice');
    expect(entries[10]!.request.postData!.text).toBe('uploaded\n');
  });

  it('--to postman gives a collection that imports back, --to curl one command per request', async () => {
    const p = await reqlab(['convert', collection, '--to', 'postman']);
    expect(importAny(p.out).report.imported.requests).toBe(11);
    const c = await reqlab(['convert', collection, '--to', 'curl', '--env', env]);
    expect(c.out.match(/^curl /gm)).toHaveLength(11);
    expect(c.out).toContain("-H 'Authorization: Bearer {{token}}'"); // secrets stay placeholders unless asked
    const withSecrets = await reqlab(['convert', collection, '--to', 'curl', '--env', env, '--include-secrets']);
    expect(withSecrets.out).toContain("-H 'Authorization: Bearer s3cret'");
  });

  it('exits 2 with a message for unusable input and arguments', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"item": [');
    for (const argv of [['convert', bad, '--to', 'har'], ['convert', join(dir, 'missing.json'), '--to', 'har'], ['convert', collection, '--to', 'xml'], ['frobnicate', collection], ['run'], ['snippet', collection, '--lang', 'cobol']]) {
      const r = await reqlab(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(/^reqlab: /);
      expect(r.out).toBe('');
    }
  });
});

describe('reqlab snippet', () => {
  it('prints Python by default and any target on request', async () => {
    const py = await reqlab(['snippet', collection, '--env', env]);
    expect(py.code).toBe(0);
    expect(py.out.match(/^import requests$/gm)).toHaveLength(11);
    expect(py.out).toContain(`open(${JSON.stringify(upload)}, "rb")`);
    const go = await reqlab(['snippet', collection, '--lang', 'go', '--env', env]);
    expect(go.out).toContain('http.NewRequest("GET", url, nil)');
  });
});

describe('reqlab run', () => {
  let sandbox: SandboxServer;
  beforeAll(async () => { sandbox = await startSandboxServer(); });
  afterAll(async () => { await sandbox.close(); });

  it('sends in order and prints one JSON line per request: as sent, then status, headers, body', async () => {
    const cmd = join(dir, 'cmd.sh');
    writeFileSync(cmd, `curl -X PUT '${sandbox.base}/sandbox/anything?x=1' -H 'X-A: b' -d 'k=v'`);
    const r = await reqlabRun(cmd);
    expect(r.code).toBe(0);
    const line = r.lines[0]!;
    expect(Object.keys(line)).toEqual(['name', 'path', 'iteration', 'request', 'status', 'statusText', 'headers', 'body', 'timeMs']);
    expect(line.request).toMatchObject({ method: 'PUT', url: `${sandbox.base}/sandbox/anything?x=1` });
    const echo = JSON.parse(line.body!.text!) as { method: string; rawQuery: string; body: { text: string } };
    expect(echo).toMatchObject({ method: 'PUT', rawQuery: 'x=1', body: { text: 'k=v' } });
  });

  it('exits non-zero when a request cannot be sent, after trying the others', async () => {
    const refusing = join(dir, 'refused.json');
    writeFileSync(refusing, JSON.stringify({ info: { name: 'x', schema: 'v2.1.0' }, item: [{ name: 'down', request: 'http://127.0.0.1:9/nothing' }, { name: 'up', request: `${sandbox.base}/sandbox/anything` }] }));
    const r = await reqlabRun(refusing);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => [l.name, l.error?.code ?? l.status])).toEqual([['down', 'REFUSED'], ['up', 200]]);
    expect(r.err).toMatch(/127\.0\.0\.1:9/);
  });
});

describe('the reqlab bin', () => {
  it('runs through tsx from the repo', async () => {
    const r = await promisify(execFile)('node', [join(process.cwd(), 'src/cli/reqlab.mjs'), 'convert', collection, '--to', 'curl', '--env', env]);
    expect(r.stdout.match(/^curl /gm)).toHaveLength(11);
  }, 60_000);
});
