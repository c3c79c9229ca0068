import { z } from 'zod';
import type { Collection, CollectionItem, WorkspaceBackup } from '../model';
import { storedCookieSchema } from './cookieSchema';
import { authSchema, describeIssues, historyEntrySchema, requestSchema, variableSchema } from './recordSchemas';

export const BACKUP_FORMAT = 'reqlab-workspace';
export const BACKUP_FORMAT_VERSION = 1;

const itemSchema: z.ZodType<CollectionItem> = z.lazy(() =>
  z.union([
    z.looseObject({ kind: z.literal('request'), id: z.string(), request: requestSchema }),
    z.looseObject({
      kind: z.literal('folder'),
      id: z.string(),
      name: z.string(),
      description: z.string().optional(),
      auth: authSchema,
      variables: z.array(variableSchema),
      items: z.array(itemSchema),
    }),
  ]),
) as unknown as z.ZodType<CollectionItem>;

const collectionSchema: z.ZodType<Collection> = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  description: z.string().optional(),
  auth: authSchema,
  variables: z.array(variableSchema),
  items: z.array(itemSchema),
}) as unknown as z.ZodType<Collection>;

const backupSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1).max(BACKUP_FORMAT_VERSION),
  exportedAt: z.string(),
  includesSecrets: z.boolean(),
  collections: z.array(collectionSchema),
  environments: z.array(z.looseObject({ id: z.string().min(1), name: z.string(), variables: z.array(variableSchema) })),
  globals: z.array(variableSchema),
  history: z
    .array(
      z.looseObject({
        entry: historyEntrySchema,
        body: z.looseObject({ base64: z.string(), cut: z.boolean(), fullSize: z.number() }).optional(),
      }),
    )
    .optional(),
  cookies: z.array(storedCookieSchema).optional(),
});

export type BackupParseResult = { ok: true; backup: WorkspaceBackup } | { ok: false; error: string };

/** Parses a backup file's text into a typed backup; errors name the path (`collections[0].items[2].request.url`). */
export function parseBackup(text: string): BackupParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This file is not JSON: ${(error as Error).message}` };
  }
  if (json && typeof json === 'object' && (json as Record<string, unknown>).format !== BACKUP_FORMAT) {
    const info = (json as Record<string, unknown>).info;
    const hint = info && typeof info === 'object' && 'schema' in info ? ' It looks like a Postman collection: use Import instead.' : '';
    return { ok: false, error: `This is not a Reqlab workspace backup (no "format": "${BACKUP_FORMAT}").${hint}` };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `The backup is damaged: ${describeIssues(parsed.error)}` };
  return { ok: true, backup: parsed.data as unknown as WorkspaceBackup };
}
