import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

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

/** Builds the app with Vite's API when it is stale; returns whether it built. */
export async function buildIfStale(root: string, distDir: string, log: (line: string) => void): Promise<boolean> {
  if (!(await buildIsStale(root, distDir))) return false;
  log('Building the app (dist/ is missing or out of date)…');
  // Vite warns about the future native config loader on every load; that is noise for `npm start`.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
