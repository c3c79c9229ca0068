import type { StoredCookie } from './cookies';
import type { Auth } from './auth';
import type { Collection } from './collection';
import type { HistoryEntry } from './history';
import type { RequestModel, ScriptEvent } from './request';
import type { SenderId, TransportErrorCode } from './response';
import type { Environment, Variable } from './variables';

/**
 * Stored workspace records. Each record is one IndexedDB value under its own key, so that two tabs
 * editing different items never overwrite each other (last write per item, not per store).
 * `schemaVersion` is the version of the record's shape; older records are migrated on read.
 */
export const WORKSPACE_SCHEMA_VERSION = 2;

interface StoredNodeBase {
  schemaVersion: number;
  id: string;
  /** null for a collection; otherwise the collection or folder that holds it. */
  parentId: string | null;
  /** The collection this node belongs to (its own id for a collection). */
  collectionId: string;
  /** Sort key among siblings; fractional so that a move rewrites only the moved node. */
  order: number;
  updatedAt: number;
}

export interface StoredCollectionNode extends StoredNodeBase {
  kind: 'collection';
  name: string;
  description?: string;
  auth: Auth;
  variables: Variable[];
  events?: ScriptEvent[];
}

export interface StoredFolderNode extends StoredNodeBase {
  kind: 'folder';
  name: string;
  description?: string;
  auth: Auth;
  variables: Variable[];
  events?: ScriptEvent[];
}

/** A saved request: its id is the request's id (`request.id === id`). */
export interface StoredRequestNode extends StoredNodeBase {
  kind: 'request';
  request: RequestModel;
}

export type StoredNode = StoredCollectionNode | StoredFolderNode | StoredRequestNode;

/** An environment, or the globals (id `GLOBALS_ID`, kind `globals`). */
export interface StoredEnvironment extends Environment {
  schemaVersion: number;
  kind: 'environment' | 'globals';
  updatedAt: number;
}

export const GLOBALS_ID = 'globals';

/** The small part of a history entry that loads at start-up: enough to list, group and search. */
export interface HistoryHead {
  schemaVersion: number;
  id: string;
  createdAt: number;
  method: string;
  url: string;
  name?: string;
  status?: number;
  statusText?: string;
  durationMs?: number;
  /** Decoded response body size in bytes. */
  responseSize?: number;
  errorCode?: TransportErrorCode;
  sender?: SenderId;
}

/** A response body kept for a history entry, loaded on demand. */
export interface StoredHistoryBody {
  schemaVersion: number;
  id: string;
  bytes: Uint8Array;
  /** True when `bytes` is shorter than the body received (history cap or sender cap). */
  cut: boolean;
  /** The body's full decoded size in bytes. */
  fullSize: number;
}

/** The whole workspace as one JSON file (a backup, not a Postman export). */
export interface WorkspaceBackup {
  format: 'reqlab-workspace';
  formatVersion: number;
  exportedAt: string;
  /** True when secret variable values were written; otherwise they are empty. */
  includesSecrets: boolean;
  collections: Collection[];
  environments: Environment[];
  globals: Variable[];
  history?: BackupHistoryEntry[];
  /** The cookie jar, only when the person chose to include it (cookies are secrets). */
  cookies?: StoredCookie[];
}

export interface BackupHistoryEntry {
  entry: HistoryEntry;
  body?: { base64: string; cut: boolean; fullSize: number };
}

/** Where an effective auth or variable comes from, for "Auth inherited from folder X". */
export interface InheritanceSource {
  kind: 'request' | 'folder' | 'collection' | 'none';
  id: string;
  name: string;
}
