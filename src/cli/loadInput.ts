import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Collection, Environment, FileResolver, ImportResult, Variable } from '../core/model';
import { decodeText } from '../core/interop/decodeText';
import { importAny } from '../core/interop/importAny';
import { ImportError } from '../core/interop/importError';
import { UsageError } from './UsageError';

export interface LoadedInput {
  collection: Collection;
  environment?: Environment;
  globals: Variable[];
  result: ImportResult;
}

function readSource(path: string): Uint8Array {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : `"${path}"`}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Relative paths (Postman `src`, cURL `@file`) are read from the working directory, as curl and newman do. */
export const readLocalFile = (path: string): Uint8Array | null => {
  try {
    return readFileSync(resolve(process.cwd(), path));
  } catch {
    return null;
  }
};

export const nodeFileResolver: FileResolver = async (ref) => readFileSync(resolve(process.cwd(), ref.path ?? ref.name));

function importText(path: string): ImportResult {
  try {
    return importAny(decodeText(readSource(path)), path === '-' ? undefined : path, { readFile: readLocalFile });
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(`${path === '-' ? 'stdin' : path}: ${e.message}`);
    throw e;
  }
}

export function loadInput(path: string, envPath?: string): LoadedInput {
  const result = importText(path);
  const collection = result.collections[0];
  if (!collection) throw new UsageError(`${path}: this is a ${result.report.source}, not something with requests`);
  let environment = result.environments[0];
  let globals = result.globals;
  if (envPath) {
    const env = importText(envPath);
    if (env.environments[0]) environment = env.environments[0];
    else if (env.report.format === 'postman-globals') globals = env.globals;
    else throw new UsageError(`${envPath}: not a Postman environment or globals file`);
  }
  return { collection, ...(environment ? { environment } : {}), globals, result };
}
