type Rec = Record<string, unknown>;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The history head check, by hand. Start-up reads every head (10,000 and more), and zod cost
 * ~230 ms there; a head is a small flat record, so the same rules as `historyHeadSchema` are
 * checked directly. Returns the first problem in `describeIssues`' "path: message" form, or null.
 * Keep in step with `historyHeadSchema` (recordSchemas.ts); the tests run both on the same records.
 */
export function historyHeadProblem(record: Rec): string | null {
  if (!isNumber(record.schemaVersion)) return 'schemaVersion: expected a number';
  if (typeof record.id !== 'string') return 'id: expected a string';
  if (record.id.length === 0) return 'id: must not be empty';
  if (!isNumber(record.createdAt)) return 'createdAt: expected a number';
  if (typeof record.method !== 'string') return 'method: expected a string';
  if (typeof record.url !== 'string') return 'url: expected a string';
  if (record.status !== undefined && !isNumber(record.status)) return 'status: expected a number';
  if (record.durationMs !== undefined && !isNumber(record.durationMs)) return 'durationMs: expected a number';
  return null;
}

