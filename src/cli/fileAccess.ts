import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { FileResolver } from '../core/model';

/**
 * Which local files a collection may make Reqlab read. A shared collection is written by someone
 * else: its `formdata[].src`, `file.src` or `@file` must not reach `~/.ssh` or `../../etc`. Paths
 * are resolved from the working folder, as newman and curl do, then checked, links followed,
 * against the allowed folders: the collection's own, the working folder for `reqlab run`, and
 * each `--allow-file-read PATH`.
 */
export interface FileAccess {
  roots: string[];
  /** The file's real path, or an error that names it and says how to allow it. */
  check: (path: string) => string;
}

const inside = (root: string, file: string) => {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

const real = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

export function fileAccess(opts: { input: string; allowWorkingFolder: boolean; allow: string[]; cwd?: string }): FileAccess {
  const cwd = opts.cwd ?? process.cwd();
  const roots = [
    ...(opts.input !== '-' ? [real(dirname(resolve(cwd, opts.input)))] : []),
    ...(opts.allowWorkingFolder || opts.input === '-' ? [real(cwd)] : []),
    ...opts.allow.map((p) => real(resolve(cwd, p))),
  ];
  return {
    roots,
    check(path) {
      const file = real(resolve(cwd, path));
      if (roots.some((root) => inside(root, file))) return file;
      throw new Error(
        `the collection asks to read "${path}", which is outside ${roots.length === 1 ? 'the folder' : 'the folders'} it may read (${roots.join(', ')}). ` +
          `If you trust it, pass --allow-file-read ${JSON.stringify(path)}.`,
      );
    },
  };
}

/** For importers (`@file` in a cURL command): null when the file may not be, or cannot be, read. */
export function guardedReadFile(access: FileAccess, warn: (message: string) => void): (path: string) => Uint8Array | null {
  return (path) => {
    let file: string;
    try {
      file = access.check(path);
    } catch (e) {
      warn(`reqlab: ${(e as Error).message}\n`);
      return null;
    }
    try {
      return readFileSync(file);
    } catch {
      return null;
    }
  };
}

/** For preparing requests (multipart files, binary bodies): refuses with the reason, which the run reports. */
export function guardedFileResolver(access: FileAccess): FileResolver {
  return async (ref) => readFileSync(access.check(ref.path ?? ref.name));
}
