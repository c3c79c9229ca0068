import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Newest mtime under `path` (a file or a directory tree), 0 when absent. */
async function newestMtime(path: string): Promise<number> {
  let s;
  try {
    s = await stat(path);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when dist/ is missing or older than anything that goes into the build. */
export async function buildIsStale(root: string, distDir: string): Promise<boolean> {
  const built = await newestMtime(join(distDir, 'index.html'));
  if (!built) return true;
  const inputs = ['src', 'index.html', 'public', 'vite.config.ts'].map((p) => join(root, p));
  const newest = Math.max(...(await Promise.all(inputs.map(newestMtime))));
  return newest > built;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

/**
 * Moves a finished build into dist/ without emptying it: pages already open keep their
 * hashed chunks, and index.html, renamed last, switches to the new build in one step.
 * Two servers building at once each leave a complete set.
 */
async function mergeInto(buildDir: string, distDir: string): Promise<void> {
  const files = await filesUnder(buildDir);
  const index = join(buildDir, 'index.html');
  for (const file of [...files.filter((f) => f !== index), index]) {
    const target = join(distDir, relative(buildDir, file));
    await mkdir(dirname(target), { recursive: true });
    await rename(file, target);
  }
}

/** Builds the app with Vite's API when it is stale; returns whether it built. */
export async function buildIfStale(root: string, distDir: string, log: (line: string) => void): Promise<boolean> {
  if (!(await buildIsStale(root, distDir))) return false;
  log('Building the app (dist/ is missing or out of date)…');
  // Vite warns about the future native config loader on every load; that is noise for `npm start`.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build } = await import('vite');
  // Inside dist/ so the final renames stay on one filesystem; dot-named, so never served.
  const buildDir = join(distDir, `.build-${process.pid}-${Date.now()}`);
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
    await mergeInto(buildDir, distDir);
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
  return true;
}
