import type { z } from 'zod';
import { WORKSPACE_SCHEMA_VERSION } from '../model';
import type { HistoryEntry, HistoryHead, StoredEnvironment, StoredHistoryBody, StoredNode } from '../model';
import { base64ToBytes } from '../encoding';
import {
  describeIssues,
  environmentSchema,
  historyBodySchema,
  historyEntrySchema,
  historyHeadSchema,
  nodeSchema,
} from './recordSchemas';
import { ORDER_STEP } from './order';
import { historyHeadProblem } from './headCheck';

export type RecordKind = 'node' | 'environment' | 'historyHead' | 'historyEntry' | 'historyBody';

export type ReadResult<T> =
  | { ok: true; value: T; /** True when the record was upgraded and should be written back. */ migrated: boolean }
  | { ok: false; reason: string };

type Rec = Record<string, unknown>;
type Step = (record: Rec) => Rec;

/**
 * Version history of the stored shapes.
 * v1 → v2:
 *  - nodes: `index` (integer position) became a fractional `order`; variables gained `id` and `secret`
 *    (v1 kept `{key, value, enabled}` only); a missing `auth` meant inherit (collections: none).
 *  - environments: Postman-like `values: [{key, value, enabled, type: 'secret'|'default'}]` became
 *    `variables` with a `secret` flag; `kind` distinguishes the globals (id "globals").
 *  - history heads: `time` was renamed `durationMs`.
 *  - history entries: `response.bodyCut` was not stored; it is derived from `truncated`.
 *  - history bodies: the body was a base64 string `base64` with `size`; now raw `bytes` and `fullSize`.
 */
const steps: Record<RecordKind, Record<number, Step>> = {
  node: {
    1: (r) => {
      const { index, ...rest } = r;
      const kind = r.kind;
      return {
        ...rest,
        order: typeof r.order === 'number' ? r.order : (Number(index ?? 0) + 1) * ORDER_STEP,
        ...(kind === 'request'
          ? {}
          : {
              variables: upgradeVariables(r.variables, r.id),
              auth: r.auth ?? (kind === 'collection' ? { type: 'none' } : { type: 'inherit' }),
            }),
      };
    },
  },
  environment: {
    1: (r) => {
      const { values, ...rest } = r;
      return {
        ...rest,
        kind: r.kind ?? (r.id === 'globals' ? 'globals' : 'environment'),
        variables: upgradeVariables(r.variables ?? values, r.id),
      };
    },
  },
  historyHead: {
    1: (r) => {
      const { time, ...rest } = r;
      return time === undefined ? rest : { ...rest, durationMs: time };
    },
  },
  historyEntry: {
    1: (r) => {
      const response = r.response as Rec | undefined;
      if (!response || typeof response !== 'object') return r;
      return { ...r, response: { ...response, bodyCut: response.bodyCut ?? response.truncated === true } };
    },
  },
  historyBody: {
    1: (r) => {
      const { base64, size, ...rest } = r;
      const bytes = typeof base64 === 'string' ? base64ToBytes(base64) : r.bytes;
      return { ...rest, bytes, fullSize: typeof size === 'number' ? size : (r.fullSize ?? 0) };
    },
  },
};

function upgradeVariables(list: unknown, ownerId: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((v: Rec, i) => ({
    id: typeof v.id === 'string' ? v.id : `${String(ownerId)}-v${i}`,
    key: v.key,
    value: v.value,
    enabled: typeof v.enabled === 'boolean' ? v.enabled : v.disabled !== true,
    secret: typeof v.secret === 'boolean' ? v.secret : v.type === 'secret',
  }));
}

const schemas: Record<RecordKind, z.ZodType> = {
  node: nodeSchema,
  environment: environmentSchema,
  historyHead: historyHeadSchema,
  historyEntry: historyEntrySchema,
  historyBody: historyBodySchema,
};

/** Upgrades a raw record to the current version step by step, without validating it. */
export function migrateRecord(kind: RecordKind, raw: Rec): Rec {
  let record = raw;
  let version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1;
  while (version < WORKSPACE_SCHEMA_VERSION) {
    const step = steps[kind][version];
    if (step) record = step(record);
    version += 1;
  }
  return { ...record, schemaVersion: WORKSPACE_SCHEMA_VERSION };
}

/**
 * Reads one stored record: migrates it from its version and parses it. A record that is not an
 * object, comes from a newer Reqlab, or does not match its shape is refused with a reason, so the
 * caller can set it aside instead of failing the whole load.
 */
export function readRecord(kind: 'node', raw: unknown): ReadResult<StoredNode>;
export function readRecord(kind: 'environment', raw: unknown): ReadResult<StoredEnvironment>;
export function readRecord(kind: 'historyHead', raw: unknown): ReadResult<HistoryHead>;
export function readRecord(kind: 'historyEntry', raw: unknown): ReadResult<HistoryEntry>;
export function readRecord(kind: 'historyBody', raw: unknown): ReadResult<StoredHistoryBody>;
export function readRecord(kind: RecordKind, raw: unknown): ReadResult<unknown>;
export function readRecord(kind: RecordKind, raw: unknown): ReadResult<unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: `Not a record (found ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}).` };
  }
  const record = raw as Rec;
  const version = record.schemaVersion;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 1)) {
    return { ok: false, reason: `Unknown schemaVersion ${JSON.stringify(version)}.` };
  }
  if (typeof version === 'number' && version > WORKSPACE_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `Written by a newer Reqlab (schemaVersion ${version}, this one reads up to ${WORKSPACE_SCHEMA_VERSION}).`,
    };
  }
  let migrated: Rec;
  try {
    migrated = migrateRecord(kind, record);
  } catch (error) {
    return { ok: false, reason: `Could not upgrade from version ${String(version ?? 1)}: ${String(error)}` };
  }
  if (kind === 'historyHead') {
    // Heads are read by the thousand at start-up: a hand check with the schema's rules, not zod.
    const problem = historyHeadProblem(migrated);
    if (problem) return { ok: false, reason: problem };
    return { ok: true, value: migrated, migrated: version !== WORKSPACE_SCHEMA_VERSION };
  }
  const parsed = schemas[kind].safeParse(migrated);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  return { ok: true, value: parsed.data, migrated: version !== WORKSPACE_SCHEMA_VERSION };
}
