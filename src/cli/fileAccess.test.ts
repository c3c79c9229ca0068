import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandboxServer } from '../server/sandbox/testServer';
import { reqlab, reqlabRun } from './oracle/harness';
import { fileAccess } from './fileAccess';

// A shared collection in its own folder, with a secret next to (not inside) that folder.
const root = mkdtempSync(join(tmpdir(), 'reqlab-files-'));
const shared = join(root, 'shared');
mkdirSync(shared);
const secret = join(root, 'secret.txt');
writeFileSync(secret, 'TOP SECRET\n');
writeFileSync(join(shared, 'ok.txt'), 'fine to send\n');
symlinkSync(secret, join(shared, 'link-to-secret.txt'));

function collection(base: string, src: string) {
  const path = join(shared, `c-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      info: { name: 'Shared', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        {
          name: 'Upload',
          request: { method: 'POST', url: `${base}/sandbox/anything/up`, body: { mode: 'formdata', formdata: [{ key: 'f', type: 'file', src }] } },
        },
      ],
    }),
  );
  return path;
}

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandboxServer();
});
afterAll(() => sandbox.close());

describe('files named by a collection', () => {
  for (const [what, src] of [
    ['a ../ path', '../secret.txt'],
    ['an absolute path', secret],
    ['a link out of the folder', join(shared, 'link-to-secret.txt')],
  ] as const) {
    it(`convert --to har refuses ${what} and embeds nothing`, async () => {
      const r = await reqlab(['convert', collection('http://127.0.0.1:9', src), '--to', 'har']);
      expect(r.out).not.toContain('TOP SECRET');
      expect(r.out).not.toContain(Buffer.from('TOP SECRET\n').toString('base64'));
      expect(r.err).toContain('outside the folder it may read');
      expect(r.err).toContain('--allow-file-read');
    });
  }

  it('run refuses to upload a file outside the collection and working folders, and says which', async () => {
    const r = await reqlabRun(collection(sandbox.base.replace(/\/$/, ''), secret));
    expect(r.code).not.toBe(0);
    expect(r.lines[0]?.error?.message).toContain(secret);
    expect(r.lines[0]?.status).toBeUndefined(); // nothing was sent
  });

  it('a file inside the collection folder is read, and --allow-file-read allows another', async () => {
    const inside = await reqlab(['convert', collection('http://127.0.0.1:9', join(shared, 'ok.txt')), '--to', 'har']);
    expect(inside.err).toBe('');
    expect(inside.out).toContain('fine to send');
    const allowed = await reqlab(['convert', collection('http://127.0.0.1:9', secret), '--to', 'har', '--allow-file-read', secret]);
    expect(allowed.err).toBe('');
    expect(allowed.out).toContain('TOP SECRET');
  });

  it('the rule: the collection folder, the working folder only when asked, and each allowed path', () => {
    const access = fileAccess({ input: join(shared, 'c.json'), allowWorkingFolder: false, allow: [], cwd: root });
    expect(() => access.check('shared/ok.txt')).not.toThrow();
    expect(() => access.check('secret.txt')).toThrow(/outside/);
    const run = fileAccess({ input: join(shared, 'c.json'), allowWorkingFolder: true, allow: [], cwd: root });
    expect(() => run.check('secret.txt')).not.toThrow();
  });
});
