import { readFileSync } from 'node:fs';
import type { Collection, Environment, ImportResult, Variable } from '../core/model';
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

function importText(path: string, readFile: (path: string) => Uint8Array | null): ImportResult {
  try {
    return importAny(decodeText(readSource(path)), path === '-' ? undefined : path, { readFile });
  } catch (e) {
    if (e instanceof ImportError) throw new UsageError(`${path === '-' ? 'stdin' : path}: ${e.message}`);
    throw e;
  }
}

/** Reads and imports the input; files it names are read only where `readFile` allows. */
export function loadInput(path: string, envPath: string | undefined, readFile: (path: string) => Uint8Array | null): LoadedInput {
  const result = importText(path, readFile);
  const collection = result.collections[0];
  if (!collection) throw new UsageError(`${path}: this is a ${result.report.source}, not something with requests`);
  let environment = result.environments[0];
  let globals = result.globals;
  if (envPath) {
    const env = importText(envPath, () => null);
    if (env.environments[0]) environment = env.environments[0];
    else if (env.report.format === 'postman-globals') globals = env.globals;
    else throw new UsageError(`${envPath}: not a Postman environment or globals file`);
  }
  return { collection, ...(environment ? { environment } : {}), globals, result };
}
