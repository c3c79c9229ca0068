import type { KeyValue } from './keyValue';
import type { RequestModel } from './request';

let counter = 0;
/** Ids only need to be unique within a workspace; random plus a counter avoids collisions in one tick. */
export function newId(): string {
  counter = (counter + 1) % 1_000_000;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${counter.toString(36)}`;
}

export function newKeyValue(key = '', value = '', enabled = true): KeyValue {
  return { id: newId(), key, value, enabled };
}

export function newRequest(partial: Partial<RequestModel> = {}): RequestModel {
  return {
    id: newId(),
    name: 'Untitled request',
    method: 'GET',
    url: '',
    params: [],
    pathVariables: [],
    headers: [],
    auth: { type: 'inherit' },
    body: {
      mode: 'none',
      raw: '',
      urlencoded: [],
      multipart: [],
      graphql: { query: '', variables: '' },
    },
    settings: { timeoutMs: 0, followRedirects: true, maxRedirects: 10, sender: 'default' },
    ...partial,
  };
}
