import type { ImportResult, RequestModel, StoredEnvironment, StoredNode, StoredRequestNode, Variable } from '../../../core/model';
import { GLOBALS_ID, newId, WORKSPACE_SCHEMA_VERSION } from '../../../core/model';
import { ORDER_STEP } from '../../../core/workspace/order';
import { childrenByParent, flattenCollection } from '../../../core/workspace/tree';
import { orderAtEnd } from '../../../core/workspace/treeOps';
import { setActivityState } from '../../layout/activityStore';

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
    cookies: [],
    summary: { collections: result.collections.length, environments: result.environments.length, history: 0, skippedIdentical: 0, copies: 0 },
  });
  // Show what was added, as Postman does: the collections, or the environments when there were only those.
  if (result.collections.length > 0) setActivityState({ panel: 'collections', folded: false });
  else if (result.environments.length > 0) setActivityState({ panel: 'environments', folded: false });
  return {
    collections: result.collections.map((c) => c.name),
    environments: result.environments.map((e) => e.name),
    globalsAdded,
    globalsKept,
  };
}

/** Saves one imported request at the end of an existing collection or folder. */
export async function addRequestTo(parentId: string, request: RequestModel): Promise<string> {
  const store = (await import('../../storage/instance')).getWorkspaceStore();
  const nodes = (await store.loadNodes()).records;
  const parent = nodes.find((n) => n.id === parentId && n.kind !== 'request');
  if (!parent) throw new Error('That collection or folder is no longer in the workspace; nothing was added.');
  const id = newId();
  const node: StoredRequestNode = {
    kind: 'request',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id,
    parentId: parent.id,
    collectionId: parent.collectionId,
    order: orderAtEnd(nodes, parent.id),
    updatedAt: Date.now(),
    request: { ...structuredClone(request), id },
  };
  await store.putNodes([node], `Request "${request.name}"`);
  return parent.kind === 'request' ? '' : parent.name;
}

/** Collections and folders, depth first, indented by level: where a single request can go. */
export function containerChoices(nodes: readonly StoredNode[]): { id: string; label: string }[] {
  const children = childrenByParent(nodes);
  const out: { id: string; label: string }[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const node of children.get(parentId) ?? []) {
      if (node.kind === 'request') continue;
      out.push({ id: node.id, label: `${'\u2003'.repeat(depth)}${node.name}` });
      walk(node.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
