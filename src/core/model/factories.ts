import type { KeyValue } from './keyValue';
import type { RequestBody } from './body';
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

/** A body in mode `none` with every mode's content empty, plus any overrides. */
export function newRequestBody(partial: Partial<RequestBody> = {}): RequestBody {
  return { mode: 'none', raw: '', urlencoded: [], multipart: [], graphql: { query: '', variables: '' }, ...partial };
}

/** The name a request has until someone names it: not a name to show as its title. */
export const UNTITLED_REQUEST_NAME = 'Untitled request';

/** The request's own name, or '' while it still has the placeholder. */
export function ownRequestName(name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  return trimmed === UNTITLED_REQUEST_NAME ? '' : trimmed;
}

export function newRequest(partial: Partial<RequestModel> = {}): RequestModel {
  return {
    id: newId(),
    name: UNTITLED_REQUEST_NAME,
    method: 'GET',
    url: '',
    params: [],
    pathVariables: [],
    headers: [],
    auth: { type: 'inherit' },
    body: newRequestBody(),
    settings: { timeoutMs: 0, followRedirects: true, maxRedirects: 10, sender: 'default' },
    ...partial,
  };
}
