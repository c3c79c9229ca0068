import type { Auth, StoredCollectionNode, StoredFolderNode, StoredRequestNode, Variable } from '../../model';
import { newRequest, WORKSPACE_SCHEMA_VERSION } from '../../model';

export function variable(key: string, value: string, secret = false): Variable {
  return { id: `var-${key}`, key, value, enabled: true, secret };
}

export function collectionNode(id: string, extra: Partial<StoredCollectionNode> = {}): StoredCollectionNode {
  return {
    kind: 'collection',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id,
    parentId: null,
    collectionId: id,
    order: 1024,
    updatedAt: 1,
    name: `Collection ${id}`,
    auth: { type: 'none' },
    variables: [],
    ...extra,
  };
}

export function folderNode(id: string, parentId: string, collectionId: string, order: number, auth: Auth = { type: 'inherit' }, variables: Variable[] = []): StoredFolderNode {
  return {
    kind: 'folder',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id,
    parentId,
    collectionId,
    order,
    updatedAt: 1,
    name: `Folder ${id}`,
    auth,
    variables,
  };
}

export function requestNode(id: string, parentId: string, collectionId: string, order: number, auth: Auth = { type: 'inherit' }): StoredRequestNode {
  return {
    kind: 'request',
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    id,
    parentId,
    collectionId,
    order,
    updatedAt: 1,
    request: newRequest({ id, name: `Request ${id}`, url: `https://api.test/${id}`, auth }),
  };
}
