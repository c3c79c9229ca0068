import type { RequestModel, StoredCollectionNode, StoredFolderNode, StoredNode, StoredRequestNode } from '../../../core/model';
import { newId, newRequest, WORKSPACE_SCHEMA_VERSION } from '../../../core/model';
import { duplicateSubtree, moveByOffset, moveNode, nodeName, orderAtEnd, subtree } from '../../../core/workspace';
import { getWorkspaceStore } from '../../storage/instance';
import { showToast } from './undoToast';
import { SAVED_REQUEST_ORIGIN, tabsStore } from '../../state/tabsStore';

const store = () => getWorkspaceStore();

export async function createCollection(nodes: readonly StoredNode[], name: string): Promise<StoredCollectionNode> {
  const id = newId();
  const collection: StoredCollectionNode = {
    kind: 'collection',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id,
    parentId: null,
    collectionId: id,
    order: orderAtEnd(nodes, null),
    updatedAt: Date.now(),
    name,
    auth: { type: 'none' },
    variables: [],
  };
  await store().putNodes([collection], `Collection "${name}"`);
  return collection;
}

export async function createFolder(nodes: readonly StoredNode[], parent: StoredNode, name: string): Promise<StoredFolderNode> {
  const id = newId();
  const folder: StoredFolderNode = {
    kind: 'folder',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id,
    parentId: parent.id,
    collectionId: parent.collectionId,
    order: orderAtEnd(nodes, parent.id),
    updatedAt: Date.now(),
    name,
    auth: { type: 'inherit' },
    variables: [],
  };
  await store().putNodes([folder], `Folder "${name}"`);
  return folder;
}

/** Saves a request as a new item (Save as, or a new request) under a collection or folder. */
export async function saveRequestAs(nodes: readonly StoredNode[], parent: StoredNode, request: RequestModel, name: string): Promise<RequestModel> {
  const id = newId();
  const saved: RequestModel = { ...structuredClone(request), id, name };
  const node: StoredRequestNode = {
    kind: 'request',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id,
    parentId: parent.id,
    collectionId: parent.collectionId,
    order: orderAtEnd(nodes, parent.id),
    updatedAt: Date.now(),
    request: saved,
  };
  await store().putNodes([node], `Request "${name}"`);
  return saved;
}

export function createRequest(nodes: readonly StoredNode[], parent: StoredNode): Promise<RequestModel> {
  return saveRequestAs(nodes, parent, newRequest(), 'New request');
}

/** Saves over an existing saved request (same id): only that item is written. */
export async function saveRequest(node: StoredRequestNode, request: RequestModel): Promise<RequestModel> {
  const saved: RequestModel = { ...request, id: node.id };
  await store().putNodes([{ ...node, request: saved, updatedAt: Date.now() }], `Request "${saved.name}"`);
  return saved;
}

export function updateNode(node: StoredNode, what = `"${nodeName(node)}"`): Promise<void> {
  return store().putNodes([{ ...node, updatedAt: Date.now() }], what);
}

export async function renameNode(node: StoredNode, name: string): Promise<void> {
  const renamed: StoredNode = node.kind === 'request' ? { ...node, request: { ...node.request, name } } : { ...node, name };
  await updateNode(renamed, `Renaming "${nodeName(node)}"`);
  // Open tabs of this request follow at once (another window's tabs follow through the change feed).
  if (node.kind === 'request') tabsStore.followSaved({ kind: SAVED_REQUEST_ORIGIN, id: node.id }, { name });
}

export async function duplicateNode(nodes: readonly StoredNode[], id: string): Promise<void> {
  const copies = duplicateSubtree(nodes, id, Date.now(), newId);
  if (copies[0]) await store().putNodes(copies, `Copy of "${nodeName(copies[0])}"`);
}

/** Deletes a node and everything below it, offering Undo (which writes the same records back). */
export async function deleteNode(nodes: readonly StoredNode[], id: string): Promise<void> {
  const removed = subtree(nodes, id);
  const top = removed[0];
  if (!top) return;
  const name = nodeName(top);
  await store().deleteNodes(
    removed.map((n) => n.id),
    `Deleting "${name}"`,
  );
  const extra = removed.length > 1 ? ` and ${removed.length - 1} item${removed.length > 2 ? 's' : ''} inside` : '';
  showToast(`Deleted “${name}”${extra}.`, () => store().putNodes(removed, `Restoring "${name}"`));
}

export async function moveTo(nodes: readonly StoredNode[], id: string, parentId: string | null, index: number): Promise<void> {
  const changed = moveNode(nodes, id, parentId, index, Date.now());
  if (changed.length > 0) await store().putNodes(changed, `Moving "${nodeName(changed[0] as StoredNode)}"`);
}

export async function moveBy(nodes: readonly StoredNode[], id: string, delta: -1 | 1): Promise<void> {
  const changed = moveByOffset(nodes, id, delta, Date.now());
  if (changed.length > 0) await store().putNodes(changed, `Moving "${nodeName(changed[0] as StoredNode)}"`);
}
