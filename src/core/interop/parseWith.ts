import type { z } from 'zod';
import { ImportError, formatPath } from './importError';

/** Parses at the edge: a structural error becomes an ImportError naming the path. */
export function parseWith<T extends z.ZodType>(schema: T, data: unknown, what: string, basePath: readonly PropertyKey[] = []): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = formatPath([...basePath, ...(issue?.path ?? [])]);
  throw new ImportError(`not a valid ${what}: ${issue?.message ?? 'unreadable'}`, path);
}
