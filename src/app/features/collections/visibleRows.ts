import type { SavedExample, StoredCollectionNode, StoredFolderNode, StoredNode } from '../../../core/model';
import { childrenByParent } from '../../../core/workspace';

export interface TreeRow {
  node: StoredNode;
  /** 1 for a collection. */
  level: number;
  childCount: number;
  expanded: boolean;
  /** Position among siblings (1-based) and sibling count, for aria-posinset/setsize. */
  position: number;
  siblings: number;
  /** A saved example under its request (`node`); the row's id is the example's. */
  example?: SavedExample;
}

/** The id a row is known by (focus, React key): the example's or the node's. */
export const rowId = (row: TreeRow): string => row.example?.id ?? row.node.id;

/** The rows a tree shows: collections, then the children of expanded containers, depth first. */
export function visibleRows(nodes: readonly StoredNode[], expanded: ReadonlySet<string>): TreeRow[] {
  const children = childrenByParent(nodes);
  const rows: TreeRow[] = [];
  const walk = (parentId: string | null, level: number) => {
    const list = (children.get(parentId) ?? []).filter((n) => (parentId === null) === (n.kind === 'collection'));
    list.forEach((node, i) => {
      const examples = node.kind === 'request' ? (node.request.examples ?? []) : [];
      const kids = node.kind === 'request' ? examples.length : (children.get(node.id)?.length ?? 0);
      const isOpen = (node.kind !== 'request' || kids > 0) && expanded.has(node.id);
      rows.push({ node, level, childCount: kids, expanded: isOpen, position: i + 1, siblings: list.length });
      if (isOpen && node.kind !== 'request') walk(node.id, level + 1);
      if (isOpen) {
        examples.forEach((example, j) => rows.push({ node, level: level + 1, childCount: 0, expanded: false, position: j + 1, siblings: examples.length, example }));
      }
    });
  };
  walk(null, 1);
  return rows;
}

/** A collection or folder a request can be saved or moved into, with its full path by name. */
export type ContainerNode = StoredCollectionNode | StoredFolderNode;

export interface ContainerRow {
  node: ContainerNode;
  level: number;
  /** "My API / users / memberships": what tells three "memberships" apart. */
  path: string;
  parentId: string | null;
  hasChildren: boolean;
}

/** Collections and folders as move/save destinations, depth first, without the `exclude`d ones. */
export function containerRows(nodes: readonly StoredNode[], exclude?: ReadonlySet<string>): ContainerRow[] {
  const containers = nodes.filter((n) => n.kind !== 'request');
  const all = new Set(containers.map((n) => n.id));
  const pathOf = new Map<string, string>();
  const rows: ContainerRow[] = [];
  for (const r of visibleRows(containers, all)) {
    const node = r.node;
    if (node.kind === 'request') continue;
    const parentPath = r.node.parentId ? pathOf.get(r.node.parentId) : undefined;
    const path = parentPath ? `${parentPath} / ${node.name}` : node.name;
    pathOf.set(node.id, path);
    if (exclude?.has(node.id)) continue;
    rows.push({ node, level: r.level, path, parentId: r.node.parentId, hasChildren: r.childCount > 0 });
  }
  return rows;
}

/** The rows whose path contains the query (any case), with their ancestors so the tree stays readable. */
export function filterContainerRows(rows: readonly ContainerRow[], query: string): { rows: ContainerRow[]; matches: Set<string> } {
  const q = query.trim().toLowerCase();
  if (!q) return { rows: [...rows], matches: new Set() };
  const byId = new Map(rows.map((r) => [r.node.id, r]));
  // A name matches; a query with "/" matches the whole path ("users / memberships").
  const field = (r: ContainerRow) => (q.includes('/') ? r.path : r.node.name).toLowerCase();
  const matches = new Set(rows.filter((r) => field(r).includes(q)).map((r) => r.node.id));
  const keep = new Set<string>();
  for (const id of matches) {
    for (let at: string | null = id; at && !keep.has(at); at = byId.get(at)?.parentId ?? null) keep.add(at);
  }
  return { rows: rows.filter((r) => keep.has(r.node.id)), matches };
}

/**
 * The collections filtered by a name: matching items, the folders on their way (opened, so each
 * match shows) and what is inside a matching folder. Null when there is no query.
 */
export function filterTree(nodes: readonly StoredNode[], query: string): { nodes: StoredNode[]; open: Set<string>; matches: number } | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const name = (n: StoredNode) => (n.kind === 'request' ? n.request.name : n.name).toLowerCase();
  const matched = nodes.filter((n) => name(n).includes(q) || (n.kind === 'request' && n.request.url.toLowerCase().includes(q)));
  const keep = new Set<string>();
  const open = new Set<string>();
  for (const n of matched) {
    keep.add(n.id);
    for (let at = n.parentId; at; at = byId.get(at)?.parentId ?? null) {
      keep.add(at);
      open.add(at);
    }
  }
  const matchedContainers = new Set(matched.filter((n) => n.kind !== 'request').map((n) => n.id));
  for (const n of nodes) {
    for (let at = n.parentId; at; at = byId.get(at)?.parentId ?? null) {
      if (matchedContainers.has(at)) {
        keep.add(n.id);
        break;
      }
    }
  }
  return { nodes: nodes.filter((n) => keep.has(n.id)), open, matches: matched.length };
}
