import type { Auth } from './auth';
import type { RequestModel, ScriptEvent } from './request';
import type { Variable } from './variables';

export interface Folder {
  kind: 'folder';
  id: string;
  name: string;
  description?: string;
  auth: Auth;
  variables: Variable[];
  events?: ScriptEvent[];
  items: CollectionItem[];
}

export interface RequestItem {
  kind: 'request';
  id: string;
  request: RequestModel;
}

export type CollectionItem = Folder | RequestItem;

export interface Collection {
  id: string;
  name: string;
  description?: string;
  auth: Auth;
  variables: Variable[];
  events?: ScriptEvent[];
  items: CollectionItem[];
}
