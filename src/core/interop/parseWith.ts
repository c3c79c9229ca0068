import type { z } from 'zod';
import { ImportError, formatPath } from './importError';

/** Parses at the edge: a structural error becomes an ImportError naming the path. */
export function parseWith<T extends z.ZodType>(schema: T, data: unknown, what: string, basePath: readonly PropertyKey[] = []): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const parts = [...basePath, ...(issue?.path ?? [])];
  const where = namesAlong(data, parts);
  const detail = `not a valid ${what}: ${issue?.message ?? 'unreadable'}`;
  throw new ImportError(where ? `${where}: ${detail}` : detail, formatPath(parts));
}

/**
 * The names a person sees along a position in the document: the collection's (`info.name`), then
 * each folder's and request's (`item[1].item[0]` → `My API / users / Create user`).
 */
export function namesAlong(data: unknown, parts: readonly PropertyKey[]): string {
  const names: string[] = [];
  const nameOf = (node: unknown): string | undefined => {
    const n = node && typeof node === 'object' ? (node as { name?: unknown; info?: { name?: unknown } }) : undefined;
    const name = n?.info?.name ?? n?.name;
    return typeof name === 'string' && name !== '' ? name : undefined;
  };
  const root = nameOf(data);
  if (root) names.push(root);
  let node: unknown = data;
  for (const part of parts) {
    if (!node || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[part];
    const name = typeof part === 'number' ? nameOf(node) : undefined;
    if (name) names.push(name);
  }
  return names.join(' / ');
}
