import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryJsGzipBytes } from './coldLoad';

/** The last commit before Learn: the entry is compared with this build. */
export const BEFORE_LEARN = '32040df';

/**
 * What Learn adds to the entry: this build's entry JS (gzip) against the entry of a build of the
 * commit before Learn, made in a throwaway worktree with the same node_modules. Learn's own lazy
 * chunk is reported beside it.
 */
export function measureLearnEntry(distDir: string, ref = process.env.LEARN_BASE_REF ?? BEFORE_LEARN) {
  const root = resolve(distDir, '..');
  const work = mkdtempSync(join(tmpdir(), 'reqlab-before-learn-'));
  const tree = join(work, 'tree');
  try {
    execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: root, stdio: 'ignore' });
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--outDir', join(work, 'dist'), '--logLevel', 'error'], { cwd: tree, stdio: 'ignore' });
    const before = entryJsGzipBytes(join(work, 'dist')).gzip;
    const now = entryJsGzipBytes(distDir).gzip;
    const assets = join(distDir, 'assets');
    const learnChunk = existsSync(assets) ? readdirSync(assets).find((f) => /^LearnSpace-.*\.js$/.test(f)) : undefined;
    return {
      ref,
      beforeKb: +(before / 1024).toFixed(2),
      nowKb: +(now / 1024).toFixed(2),
      addedKb: +((now - before) / 1024).toFixed(2),
      learnChunkKb: learnChunk ? +(gzipSync(readFileSync(join(assets, learnChunk))).length / 1024).toFixed(1) : null,
    };
  } finally {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
    } catch {
      // the folder goes below either way
    }
    rmSync(work, { recursive: true, force: true });
  }
}
