import type { StoredNode } from '../model';
import { childrenByParent, nodeName } from './tree';
import { needsRenumbering, orderBetween, ORDER_STEP } from './order';

export type NodeIndex = Map<string, StoredNode>;

export function indexNodes(nodes: readonly StoredNode[]): NodeIndex {
  return new Map(nodes.map((n) => [n.id, n]));
}

/** The chain from the collection down to the node itself, outermost first. */
export function chainTo(nodes: NodeIndex, id: string): StoredNode[] {
  const chain: StoredNode[] = [];
  const seen = new Set<string>();
  let current = nodes.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.parentId === null ? undefined : nodes.get(current.parentId);
  }
  return chain;
}

/** The node and everything below it. */
export function subtree(nodes: readonly StoredNode[], id: string): StoredNode[] {
  const children = childrenByParent(nodes);
  const root = nodes.find((n) => n.id === id);
  if (!root) return [];
  const out: StoredNode[] = [];
  const stack: StoredNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as StoredNode;
    out.push(node);
    stack.push(...(children.get(node.id) ?? []));
  }
  return out;
}

export class TreeOperationError extends Error {}

/**
 * Moves a node under `parentId` at position `index` among its new siblings. Returns the records
 * to write: usually just the moved node (and its descendants when the collection changes).
 */
export function moveNode(
  nodes: readonly StoredNode[],
  id: string,
  parentId: string | null,
  index: number,
  now: number,
): StoredNode[] {
  const byId = indexNodes(nodes);
  const node = byId.get(id);
  if (!node) throw new TreeOperationError(`No item with id ${id}.`);
  if ((node.kind === 'collection') !== (parentId === null)) {
    throw new TreeOperationError('Collections stay at the top level; folders and requests go inside a collection.');
  }
  let collectionId = node.collectionId;
  if (parentId !== null) {
    const parent = byId.get(parentId);
    if (!parent || parent.kind === 'request') throw new TreeOperationError('Items can only be moved into a collection or folder.');
    if (chainTo(byId, parentId).some((n) => n.id === id)) {
      throw new TreeOperationError(`"${nodeName(node)}" cannot be moved into itself.`);
    }
    collectionId = parent.collectionId;
  } else {
    collectionId = node.id;
  }
  const siblings = (childrenByParent(nodes).get(parentId) ?? []).filter((n) => n.id !== id);
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[at - 1]?.order;
  const after = siblings[at]?.order;
  const changed: StoredNode[] = [];
  if (needsRenumbering(before, after)) {
    const reordered = [...siblings.slice(0, at), node, ...siblings.slice(at)];
    reordered.forEach((sibling, i) => {
      const order = (i + 1) * ORDER_STEP;
      if (sibling.id === id) changed.push({ ...sibling, parentId, collectionId, order, updatedAt: now });
      else if (sibling.order !== order) changed.push({ ...sibling, order, updatedAt: now });
    });
  } else {
    changed.push({ ...node, parentId, collectionId, order: orderBetween(before, after), updatedAt: now });
  }
  if (collectionId !== node.collectionId) {
    for (const below of subtree(nodes, id)) {
      if (below.id !== id) changed.push({ ...below, collectionId, updatedAt: now });
    }
  }
  return changed;
}

/** Moves a node up (-1) or down (+1) among its siblings; [] when already at the edge. */
export function moveByOffset(nodes: readonly StoredNode[], id: string, delta: -1 | 1, now: number): StoredNode[] {
  const node = nodes.find((n) => n.id === id);
  if (!node) return [];
  const siblings = childrenByParent(nodes).get(node.parentId) ?? [];
  const from = siblings.findIndex((n) => n.id === id);
  const to = from + delta;
  if (to < 0 || to >= siblings.length) return [];
  return moveNode(nodes, id, node.parentId, to, now);
}

/** The index a node would take as the last child of `parentId`. */
export function childCount(nodes: readonly StoredNode[], parentId: string | null): number {
  return childrenByParent(nodes).get(parentId)?.length ?? 0;
}

/** An order key after the last child of `parentId`. */
export function orderAtEnd(nodes: readonly StoredNode[], parentId: string | null): number {
  const siblings = childrenByParent(nodes).get(parentId) ?? [];
  return orderBetween(siblings[siblings.length - 1]?.order, undefined);
}

/**
 * Copies a node and its descendants with fresh ids, placed just after the original.
 * The copy of the top node gets " copy" appended to its name.
 */
export function duplicateSubtree(
  nodes: readonly StoredNode[],
  id: string,
  now: number,
  makeId: () => string,
): StoredNode[] {
  const originals = subtree(nodes, id);
  const top = originals[0];
  if (!top) return [];
  const ids = new Map(originals.map((n) => [n.id, makeId()]));
  const topCopyId = ids.get(top.id) as string;
  const siblings = childrenByParent(nodes).get(top.parentId) ?? [];
  const at = siblings.findIndex((n) => n.id === top.id);
  const order = orderBetween(top.order, siblings[at + 1]?.order);
  return originals.map((original) => {
    const newId = ids.get(original.id) as string;
    const parentId = original.id === top.id ? original.parentId : (ids.get(original.parentId as string) ?? original.parentId);
    const collectionId = top.kind === 'collection' ? topCopyId : original.collectionId;
    const isTop = original.id === top.id;
    const base = { ...original, id: newId, parentId, collectionId, updatedAt: now, order: isTop ? order : original.order };
    if (base.kind === 'request') {
      const name = isTop ? `${base.request.name} copy` : base.request.name;
      return { ...base, request: { ...base.request, id: newId, name } };
    }
    return isTop ? { ...base, name: `${base.name} copy` } : base;
  });
}
