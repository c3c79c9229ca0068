import type {
  BackupHistoryEntry,
  Collection,
  CollectionItem,
  HistoryEntry,
  HistoryHead,
  StoredEnvironment,
  StoredHistoryBody,
  StoredCookie,
  StoredNode,
  Variable,
  WorkspaceBackup,
} from '../model';
import { GLOBALS_ID, WORKSPACE_SCHEMA_VERSION } from '../model';
import { base64ToBytes, bytesToBase64 } from '../encoding';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from './backupSchema';
import { buildCollections, flattenCollection } from './tree';
import { stableStringify } from './stableJson';
import { ORDER_STEP } from './order';

export interface WorkspaceSnapshot {
  nodes: readonly StoredNode[];
  environments: readonly StoredEnvironment[];
}

export interface HistoryExport {
  entry: HistoryEntry;
  body?: StoredHistoryBody;
}

function scrubVariables(vars: readonly Variable[], includeSecrets: boolean): Variable[] {
  return vars.map((v) => (v.secret && !includeSecrets ? withoutSecretValues(v) : { ...v }));
}

/** A secret without its values: the initial one emptied, this browser's current one left out. */
function withoutSecretValues(v: Variable): Variable {
  const { currentValue: _current, ...rest } = v;
  return { ...rest, value: '' };
}

/** A secret emptied by an export, filled again from this browser's own variable of the same key. */
function refilled(v: Variable, mine: Variable | undefined): Variable {
  if (!mine) return v;
  return mine.currentValue === undefined ? { ...v, value: mine.value } : { ...v, value: mine.value, currentValue: mine.currentValue };
}

function scrubItems(items: readonly CollectionItem[], includeSecrets: boolean): CollectionItem[] {
  return items.map((item) =>
    item.kind === 'request'
      ? item
      : { ...item, variables: scrubVariables(item.variables, includeSecrets), items: scrubItems(item.items, includeSecrets) },
  );
}

/** The whole workspace as one backup object; secret values are emptied unless `includeSecrets`. */
export function buildBackup(
  snapshot: WorkspaceSnapshot,
  options: { includeSecrets: boolean; history?: readonly HistoryExport[]; cookies?: readonly StoredCookie[]; now: number },
): WorkspaceBackup {
  const collections = buildCollections(snapshot.nodes).map((c) => ({
    ...c,
    variables: scrubVariables(c.variables, options.includeSecrets),
    items: scrubItems(c.items, options.includeSecrets),
  }));
  const globals = snapshot.environments.find((e) => e.kind === 'globals');
  const backup: WorkspaceBackup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(options.now).toISOString(),
    includesSecrets: options.includeSecrets,
    collections,
    environments: snapshot.environments
      .filter((e) => e.kind === 'environment')
      .map((e) => ({ id: e.id, name: e.name, variables: scrubVariables(e.variables, options.includeSecrets) })),
    globals: scrubVariables(globals?.variables ?? [], options.includeSecrets),
  };
  if (options.cookies) backup.cookies = [...options.cookies];
  if (options.history) {
    backup.history = options.history.map((h): BackupHistoryEntry => {
      const out: BackupHistoryEntry = { entry: h.entry };
      if (h.body) out.body = { base64: bytesToBase64(h.body.bytes), cut: h.body.cut, fullSize: h.body.fullSize };
      return out;
    });
  }
  return backup;
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  /** Replace: every existing record is deleted first (in the same transaction as the writes). */
  replace: boolean;
  nodes: StoredNode[];
  environments: StoredEnvironment[];
  history: { head: HistoryHead; entry: HistoryEntry; body?: StoredHistoryBody }[];
  /** Cookies from the backup: a merge replaces a cookie of the same name, domain and path; a replace clears the jar first. */
  cookies: StoredCookie[];
  summary: { collections: number; environments: number; history: number; skippedIdentical: number; copies: number };
}

/** True when the workspace has anything a replace would destroy. */
export function isWorkspaceEmpty(snapshot: WorkspaceSnapshot, historyCount: number): boolean {
  const globals = snapshot.environments.find((e) => e.kind === 'globals');
  return (
    snapshot.nodes.length === 0 &&
    historyCount === 0 &&
    !snapshot.environments.some((e) => e.kind === 'environment') &&
    (globals?.variables.length ?? 0) === 0
  );
}

function reidCollection(collection: Collection, makeId: () => string): Collection {
  const reid = (items: readonly CollectionItem[]): CollectionItem[] =>
    items.map((item) => {
      const id = makeId();
      return item.kind === 'request'
        ? { ...item, id, request: { ...item.request, id } }
        : { ...item, id, items: reid(item.items) };
    });
  return { ...collection, id: makeId(), name: `${collection.name} (imported)`, items: reid(collection.items) };
}

/** Fills secrets the export emptied with the local values of the same level (same id) and key. */
function refillSecrets(incoming: Collection, local: Collection): Collection {
  const localVars = new Map<string, Variable[]>();
  const collect = (id: string, vars: Variable[], items: readonly CollectionItem[]) => {
    localVars.set(id, vars);
    for (const item of items) if (item.kind === 'folder') collect(item.id, item.variables, item.items);
  };
  collect(local.id, local.variables, local.items);
  const fill = (id: string, vars: readonly Variable[]): Variable[] =>
    vars.map((v) => {
      if (!v.secret || v.value !== '') return v;
      return refilled(v, localVars.get(id)?.find((l) => l.key === v.key && l.secret));
    });
  const walk = (items: readonly CollectionItem[]): CollectionItem[] =>
    items.map((item) => (item.kind === 'folder' ? { ...item, variables: fill(item.id, item.variables), items: walk(item.items) } : item));
  return { ...incoming, variables: fill(incoming.id, incoming.variables), items: walk(incoming.items) };
}

export function headOf(entry: HistoryEntry): HistoryHead {
  const head: HistoryHead = {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id: entry.id,
    createdAt: entry.createdAt,
    method: entry.prepared.method,
    url: entry.prepared.url,
    name: entry.request.name,
  };
  if (entry.response) {
    head.status = entry.response.status;
    head.statusText = entry.response.statusText;
    head.durationMs = entry.response.timing?.total;
    head.responseSize = entry.response.bodySize;
    head.sender = entry.response.sender;
  }
  if (entry.error) head.errorCode = entry.error.code;
  return head;
}

/**
 * What an import writes. Replace takes the backup as is. Merge never overwrites: an item whose id
 * exists with different content comes in as a copy with new ids ("(imported)"); identical ones are
 * skipped; globals gain only the keys they lack; a secret emptied by the export keeps its local value.
 */
export function planImport(
  current: WorkspaceSnapshot,
  existingHistoryIds: ReadonlySet<string>,
  backup: WorkspaceBackup,
  mode: ImportMode,
  now: number,
  makeId: () => string,
): ImportPlan {
  const summary = { collections: 0, environments: 0, history: 0, skippedIdentical: 0, copies: 0 };
  const plan: ImportPlan = { replace: mode === 'replace', nodes: [], environments: [], history: [], cookies: [...(backup.cookies ?? [])], summary };
  const existingTrees = mode === 'merge' ? new Map(buildCollections(current.nodes).map((c) => [c.id, c])) : new Map();
  const existingEnvs = mode === 'merge' ? new Map(current.environments.map((e) => [e.id, e])) : new Map();
  const topOrders = current.nodes.filter((n) => n.parentId === null).map((n) => n.order);
  let nextOrder = mode === 'merge' && topOrders.length > 0 ? Math.max(...topOrders) + ORDER_STEP : ORDER_STEP;

  for (const exported of backup.collections) {
    const existing = existingTrees.get(exported.id);
    const collection = existing && !backup.includesSecrets ? refillSecrets(exported, existing) : exported;
    let incoming = collection;
    if (existing) {
      if (stableStringify(existing) === stableStringify(collection)) {
        summary.skippedIdentical += 1;
        continue;
      }
      incoming = reidCollection(collection, makeId);
      summary.copies += 1;
    }
    plan.nodes.push(...flattenCollection(incoming, now, nextOrder));
    nextOrder += ORDER_STEP;
    summary.collections += 1;
  }

  const localSecret = (envId: string, key: string): Variable | undefined =>
    current.environments.find((e) => e.id === envId)?.variables.find((v) => v.key === key && v.secret);
  const restoreSecrets = (envId: string, vars: readonly Variable[]): Variable[] =>
    vars.map((v) => (v.secret && v.value === '' && !backup.includesSecrets ? refilled(v, localSecret(envId, v.key)) : v));

  for (const env of backup.environments) {
    let id = env.id;
    let name = env.name;
    const existing = existingEnvs.get(env.id);
    if (existing) {
      const variables = restoreSecrets(env.id, env.variables);
      if (existing.name === env.name && stableStringify(existing.variables) === stableStringify(variables)) {
        summary.skippedIdentical += 1;
        continue;
      }
      id = makeId();
      name = `${env.name} (imported)`;
      summary.copies += 1;
    }
    plan.environments.push({
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      kind: 'environment',
      id,
      name,
      variables: restoreSecrets(env.id, env.variables),
      updatedAt: now,
    });
    summary.environments += 1;
  }

  const currentGlobals = current.environments.find((e) => e.kind === 'globals')?.variables ?? [];
  const globals =
    mode === 'replace'
      ? backup.globals
      : [...currentGlobals, ...backup.globals.filter((g) => !currentGlobals.some((c) => c.key === g.key))];
  if (mode === 'replace' || globals.length !== currentGlobals.length) {
    plan.environments.push({
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      kind: 'globals',
      id: GLOBALS_ID,
      name: 'Globals',
      variables: mode === 'replace' ? restoreSecrets(GLOBALS_ID, globals) : globals,
      updatedAt: now,
    });
  }

  for (const item of backup.history ?? []) {
    if (mode === 'merge' && existingHistoryIds.has(item.entry.id)) {
      summary.skippedIdentical += 1;
      continue;
    }
    const body: StoredHistoryBody | undefined = item.body
      ? {
          schemaVersion: WORKSPACE_SCHEMA_VERSION,
          id: item.entry.id,
          bytes: base64ToBytes(item.body.base64),
          cut: item.body.cut,
          fullSize: item.body.fullSize,
        }
      : undefined;
    plan.history.push({ head: headOf(item.entry), entry: item.entry, ...(body ? { body } : {}) });
    summary.history += 1;
  }
  return plan;
}
