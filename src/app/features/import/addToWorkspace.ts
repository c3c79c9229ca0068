import type { ImportResult, StoredEnvironment, StoredNode, Variable } from '../../../core/model';
import { GLOBALS_ID, newId, WORKSPACE_SCHEMA_VERSION } from '../../../core/model';
import { flattenCollection, orderAtEnd, ORDER_STEP } from '../../../core/workspace';

export interface AddedSummary {
  collections: string[];
  environments: string[];
  globalsAdded: number;
  /** Globals whose key already existed: the workspace's value was kept. */
  globalsKept: string[];
}

/** Globals gain only the keys they lack: an import never overwrites a value the person has. */
function mergeGlobals(existing: StoredEnvironment | undefined, incoming: readonly Variable[], now: number) {
  const base: StoredEnvironment = existing ?? {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    kind: 'globals',
    id: GLOBALS_ID,
    name: 'Globals',
    variables: [],
    updatedAt: now,
  };
  const have = new Set(base.variables.map((v) => v.key));
  const added = incoming.filter((v) => !have.has(v.key)).map((v) => ({ ...v, id: newId() }));
  const kept = incoming.filter((v) => have.has(v.key)).map((v) => v.key);
  return { record: { ...base, variables: [...base.variables, ...added], updatedAt: now }, added: added.length, kept };
}

/**
 * Writes imported collections, environments and globals through the store, in one transaction:
 * either all of it is added or (on a failed write) none of it. New collections go after the
 * existing ones; nothing existing is replaced.
 */
export async function addToWorkspace(result: ImportResult): Promise<AddedSummary> {
  // Loaded on use (not a static import): this panel's chunk then shares no store code with the workspace runtime's.
  const store = (await import('../../storage/instance')).getWorkspaceStore();
  const [nodes, envs] = await Promise.all([store.loadNodes(), store.loadEnvironments()]);
  const now = Date.now();
  const existingIds = new Set<string>(nodes.records.map((n) => n.id));
  let order = orderAtEnd(nodes.records, null);
  const newNodes: StoredNode[] = [];
  for (const collection of result.collections) {
    const flat = flattenCollection(collection, now, order);
    // Ids are fresh from the importer; a clash would overwrite an existing item, so refuse it.
    if (flat.some((n) => existingIds.has(n.id))) throw new Error(`"${collection.name}" has ids already in the workspace; nothing was added.`);
    newNodes.push(...flat);
    order += ORDER_STEP;
  }
  const environments: StoredEnvironment[] = result.environments.map((e) => ({
    ...e,
    id: envs.records.some((x) => x.id === e.id) ? newId() : e.id,
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    kind: 'environment',
    updatedAt: now,
  }));
  let globalsAdded = 0;
  let globalsKept: string[] = [];
  if (result.globals.length > 0) {
    const merged = mergeGlobals(
      envs.records.find((e) => e.id === GLOBALS_ID),
      result.globals,
      now,
    );
    environments.push(merged.record);
    globalsAdded = merged.added;
    globalsKept = merged.kept;
  }
  await store.applyImport({
    replace: false,
    nodes: newNodes,
    environments,
    history: [],
    summary: { collections: result.collections.length, environments: result.environments.length, history: 0, skippedIdentical: 0, copies: 0 },
  });
  return {
    collections: result.collections.map((c) => c.name),
    environments: result.environments.map((e) => e.name),
    globalsAdded,
    globalsKept,
  };
}
