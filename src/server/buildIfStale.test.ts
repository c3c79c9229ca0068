import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIsStale } from './buildIfStale';

let root: string;
const at = (path: string, seconds: number) => utimes(join(root, path), seconds, seconds);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'reqlab-stale-'));
  await mkdir(join(root, 'src', 'deep'), { recursive: true });
  await writeFile(join(root, 'src', 'deep', 'a.ts'), '');
  await writeFile(join(root, 'index.html'), '');
  await writeFile(join(root, 'vite.config.ts'), '');
  await Promise.all(['src/deep/a.ts', 'index.html', 'vite.config.ts'].map((p) => at(p, 1000)));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('buildIsStale', () => {
  it('is stale when dist is missing', async () => {
    expect(await buildIsStale(root, join(root, 'dist'))).toBe(true);
  });

  it('is fresh when dist is newer than every input, stale when any input is newer', async () => {
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'dist', 'index.html'), '');
    await at('dist/index.html', 2000);
    expect(await buildIsStale(root, join(root, 'dist'))).toBe(false);
    await at('src/deep/a.ts', 3000);
    expect(await buildIsStale(root, join(root, 'dist'))).toBe(true);
    await at('src/deep/a.ts', 1000);
    await mkdir(join(root, 'public'));
    await writeFile(join(root, 'public', 'icon.svg'), '');
    await at('public/icon.svg', 3000);
    expect(await buildIsStale(root, join(root, 'dist'))).toBe(true);
  });
});
