import { describe, expect, it } from 'vitest';
import { buildCollections, flattenCollection } from './tree';
import { duplicateSubtree, moveByOffset, moveNode, subtree, TreeOperationError } from './treeOps';
import { collectionNode, folderNode, requestNode } from './testing/fixtures';
import type { StoredNode } from '../model';

function apply(nodes: StoredNode[], changed: StoredNode[]): StoredNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const c of changed) byId.set(c.id, c);
  return [...byId.values()];
}

const base = (): StoredNode[] => [
  collectionNode('c'),
  folderNode('f1', 'c', 'c', 1024),
  folderNode('f2', 'f1', 'c', 1024),
  requestNode('r1', 'c', 'c', 2048),
  requestNode('r2', 'c', 'c', 3072),
  requestNode('r3', 'f2', 'c', 1024),
];

const names = (nodes: StoredNode[]) =>
  buildCollections(nodes)[0]!.items.map((i) => (i.kind === 'request' ? i.request.name : i.name));

describe('collection tree', () => {
  it('builds nested folders to any depth, in order', () => {
    const [c] = buildCollections(base());
    expect(names(base())).toEqual(['Folder f1', 'Request r1', 'Request r2']);
    const f1 = c!.items[0]!;
    expect(f1.kind === 'folder' && f1.items[0]?.kind === 'folder' && f1.items[0].items[0]?.id).toBe('r3');
  });

  it('keeps orphans by attaching them to their collection', () => {
    const nodes = base().filter((n) => n.id !== 'f2');
    const [c] = buildCollections(nodes);
    expect(c!.items.map((i) => i.id)).toContain('r3');
  });

  it('flattens and rebuilds the same tree', () => {
    const trees = buildCollections(base());
    expect(buildCollections(flattenCollection(trees[0]!, 5))).toEqual(trees);
  });

  it('moves with one write when neighbours have room', () => {
    const changed = moveNode(base(), 'r2', 'c', 0, 9);
    expect(changed.map((n) => n.id)).toEqual(['r2']);
    expect(names(apply(base(), changed))).toEqual(['Request r2', 'Folder f1', 'Request r1']);
  });

  it('moves up and down with the keyboard offsets', () => {
    let nodes = base();
    nodes = apply(nodes, moveByOffset(nodes, 'r2', -1, 2));
    expect(names(nodes)).toEqual(['Folder f1', 'Request r2', 'Request r1']);
    expect(moveByOffset(nodes, 'f1', -1, 3)).toEqual([]);
  });

  it('refuses to move a folder into its own descendant', () => {
    expect(() => moveNode(base(), 'f1', 'f2', 0, 1)).toThrow(TreeOperationError);
  });

  it('renumbers siblings when keys run out of room', () => {
    let nodes: StoredNode[] = [collectionNode('c'), requestNode('a', 'c', 'c', 1), requestNode('b', 'c', 'c', 1 + 1e-12)];
    nodes = apply(nodes, [requestNode('x', 'c', 'c', 5)]);
    const changed = moveNode(nodes, 'x', 'c', 1, 2);
    const after = apply(nodes, changed);
    expect(buildCollections(after)[0]!.items.map((i) => i.id)).toEqual(['a', 'x', 'b']);
  });

  it('moving into another collection updates collectionId of the subtree', () => {
    const nodes = [...base(), collectionNode('d', { order: 2048 })];
    const changed = moveNode(nodes, 'f1', 'd', 0, 1);
    expect(changed.filter((n) => n.collectionId === 'd').map((n) => n.id).sort()).toEqual(['f1', 'f2', 'r3']);
  });

  it('duplicates a subtree with fresh ids right after the original', () => {
    let n = 0;
    const copies = duplicateSubtree(base(), 'f1', 7, () => `new${++n}`);
    expect(copies).toHaveLength(3);
    expect(new Set(copies.map((c) => c.id)).size).toBe(3);
    const all = [...base(), ...copies];
    expect(names(all)).toEqual(['Folder f1', 'Folder f1 copy', 'Request r1', 'Request r2']);
    const copiedRequest = copies.find((c) => c.kind === 'request');
    expect(copiedRequest?.kind === 'request' && copiedRequest.request.id).toBe(copiedRequest?.id);
    expect(subtree(all, copies[0]!.id)).toHaveLength(3);
  });
});
