import type { StoredNode } from '../../../core/model';
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
}

/** The rows a tree shows: collections, then the children of expanded containers, depth first. */
export function visibleRows(nodes: readonly StoredNode[], expanded: ReadonlySet<string>): TreeRow[] {
  const children = childrenByParent(nodes);
  const rows: TreeRow[] = [];
  const walk = (parentId: string | null, level: number) => {
    const list = (children.get(parentId) ?? []).filter((n) => (parentId === null) === (n.kind === 'collection'));
    list.forEach((node, i) => {
      const kids = node.kind === 'request' ? 0 : (children.get(node.id)?.length ?? 0);
      const isOpen = node.kind !== 'request' && expanded.has(node.id);
      rows.push({ node, level, childCount: kids, expanded: isOpen, position: i + 1, siblings: list.length });
      if (isOpen) walk(node.id, level + 1);
    });
  };
  walk(null, 1);
  return rows;
}

/** Collections and folders as move/save destinations, with an indented label. */
export function containerOptions(nodes: readonly StoredNode[], exclude?: ReadonlySet<string>): { id: string; label: string }[] {
  const all = new Set(nodes.filter((n) => n.kind !== 'request').map((n) => n.id));
  return visibleRows(nodes, all)
    .filter((r) => r.node.kind !== 'request' && !exclude?.has(r.node.id))
    .map((r) => ({ id: r.node.id, label: `${'\u2003'.repeat(r.level - 1)}${r.node.kind === 'request' ? '' : r.node.name}` }));
}
