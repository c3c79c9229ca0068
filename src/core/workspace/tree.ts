import type {
  Collection,
  CollectionItem,
  StoredCollectionNode,
  StoredFolderNode,
  StoredNode,
} from '../model';
import { WORKSPACE_SCHEMA_VERSION } from '../model';
import { ORDER_STEP } from './order';

/** Nodes grouped by parent id, each group sorted by its order key (ties broken by id for stability). */
export function childrenByParent(nodes: readonly StoredNode[]): Map<string | null, StoredNode[]> {
  const map = new Map<string | null, StoredNode[]>();
  for (const node of nodes) {
    const list = map.get(node.parentId);
    if (list) list.push(node);
    else map.set(node.parentId, [node]);
  }
  for (const list of map.values()) list.sort(compareNodes);
  return map;
}

export function compareNodes(a: StoredNode, b: StoredNode): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Assembles stored nodes into collection trees. A node whose parent is missing (an orphan left by
 * a quarantined or half-deleted parent) is not dropped: it is attached to its collection's root,
 * or, when the collection itself is gone, to a recovered collection so nothing disappears.
 */
export function buildCollections(nodes: readonly StoredNode[]): Collection[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const adopted: StoredNode[] = [];
  const recovered = new Map<string, StoredCollectionNode>();
  for (const node of nodes) {
    if (node.kind === 'collection' || (node.parentId !== null && byId.has(node.parentId))) {
      adopted.push(node);
      continue;
    }
    let root = byId.get(node.collectionId);
    if (!root || root.kind !== 'collection') {
      root = recovered.get(node.collectionId);
      if (!root) {
        const made: StoredCollectionNode = {
          kind: 'collection',
          schemaVersion: WORKSPACE_SCHEMA_VERSION,
          id: node.collectionId,
          parentId: null,
          collectionId: node.collectionId,
          order: Number.MAX_SAFE_INTEGER,
          updatedAt: 0,
          name: 'Recovered items',
          auth: { type: 'none' },
          variables: [],
        };
        recovered.set(made.id, made);
        root = made;
      }
    }
    adopted.push({ ...node, parentId: root.id });
  }
  const children = childrenByParent([...adopted, ...recovered.values()]);
  const toItems = (parentId: string): CollectionItem[] =>
    (children.get(parentId) ?? []).map((node): CollectionItem => {
      if (node.kind === 'request') return { kind: 'request', id: node.id, request: node.request };
      if (node.kind === 'folder') {
        return {
          kind: 'folder',
          id: node.id,
          name: node.name,
          description: node.description,
          auth: node.auth,
          variables: node.variables,
          events: node.events,
          items: toItems(node.id),
        };
      }
      // A collection node under a parent is malformed; show it as a folder rather than lose it.
      return { kind: 'folder', id: node.id, name: node.name, auth: node.auth, variables: node.variables, items: toItems(node.id) };
    });
  return (children.get(null) ?? [])
    .filter((n): n is StoredCollectionNode => n.kind === 'collection')
    .map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      auth: c.auth,
      variables: c.variables,
      events: c.events,
      items: toItems(c.id),
    }));
}

/** Flattens one collection tree into stored nodes (for import, backup restore and duplication). */
export function flattenCollection(collection: Collection, now: number, order = ORDER_STEP): StoredNode[] {
  const out: StoredNode[] = [];
  const root: StoredCollectionNode = {
    kind: 'collection',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id: collection.id,
    parentId: null,
    collectionId: collection.id,
    order,
    updatedAt: now,
    name: collection.name,
    auth: collection.auth,
    variables: collection.variables,
    ...(collection.description !== undefined ? { description: collection.description } : {}),
    ...(collection.events !== undefined ? { events: collection.events } : {}),
  };
  out.push(root);
  const walk = (items: readonly CollectionItem[], parentId: string) => {
    items.forEach((item, index) => {
      const base = {
        schemaVersion: WORKSPACE_SCHEMA_VERSION,
        id: item.id,
        parentId,
        collectionId: collection.id,
        order: (index + 1) * ORDER_STEP,
        updatedAt: now,
      };
      if (item.kind === 'request') {
        out.push({ ...base, kind: 'request', id: item.request.id, request: item.request });
        return;
      }
      const folder: StoredFolderNode = {
        ...base,
        kind: 'folder',
        name: item.name,
        auth: item.auth,
        variables: item.variables,
        ...(item.description !== undefined ? { description: item.description } : {}),
        ...(item.events !== undefined ? { events: item.events } : {}),
      };
      out.push(folder);
      walk(item.items, item.id);
    });
  };
  walk(collection.items, collection.id);
  return out;
}

/** The display name of a node. */
export function nodeName(node: StoredNode): string {
  return node.kind === 'request' ? node.request.name : node.name;
}
