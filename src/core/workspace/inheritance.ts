import type {
  Auth,
  Collection,
  CollectionItem,
  InheritanceSource,
  RequestModel,
  StoredNode,
  Variable,
  VariableScopes,
} from '../model';
import { chainTo, indexNodes } from './treeOps';

/** One level of the inheritance chain: the collection, a folder, or the request itself. */
export interface ChainLink {
  kind: 'collection' | 'folder' | 'request';
  id: string;
  name: string;
  auth: Auth;
  variables: Variable[];
}

export interface EffectiveAuth {
  auth: Auth;
  /** Where it was set; `none` kind when nothing up the chain sets auth. */
  source: InheritanceSource;
}

/**
 * Postman's rule: the nearest level whose auth is not `inherit` decides, `none` included.
 * `chain` is outermost first and ends with the request.
 */
export function resolveChainAuth(chain: readonly ChainLink[]): EffectiveAuth {
  for (let i = chain.length - 1; i >= 0; i--) {
    const link = chain[i] as ChainLink;
    if (link.auth.type !== 'inherit') {
      return { auth: link.auth, source: { kind: link.kind, id: link.id, name: link.name } };
    }
  }
  return { auth: { type: 'none' }, source: { kind: 'none', id: '', name: '' } };
}

/** The chain (collection, folders…, request) leading to a request in a collection tree, or null. */
export function chainInCollection(collection: Collection, requestId: string): ChainLink[] | null {
  const root: ChainLink = {
    kind: 'collection',
    id: collection.id,
    name: collection.name,
    auth: collection.auth,
    variables: collection.variables,
  };
  const search = (items: readonly CollectionItem[], path: ChainLink[]): ChainLink[] | null => {
    for (const item of items) {
      if (item.kind === 'request') {
        if (item.id === requestId || item.request.id === requestId) return [...path, requestLink(item.request)];
        continue;
      }
      const found = search(item.items, [
        ...path,
        { kind: 'folder', id: item.id, name: item.name, auth: item.auth, variables: item.variables },
      ]);
      if (found) return found;
    }
    return null;
  };
  return search(collection.items, [root]);
}

/** The auth a request in `collection` ends up with, and where it comes from. */
export function effectiveAuthFor(collection: Collection, requestId: string): EffectiveAuth | null {
  const chain = chainInCollection(collection, requestId);
  return chain ? resolveChainAuth(chain) : null;
}

/** The same chain from stored nodes (what the app holds); [] when the request isn't saved. */
export function chainForNode(nodes: readonly StoredNode[], requestId: string): ChainLink[] {
  return chainTo(indexNodes(nodes), requestId).map((node): ChainLink => {
    if (node.kind === 'request') return requestLink(node.request);
    return { kind: node.kind, id: node.id, name: node.name, auth: node.auth, variables: node.variables };
  });
}

function requestLink(request: RequestModel): ChainLink {
  return { kind: 'request', id: request.id, name: request.name, auth: request.auth, variables: [] };
}

/**
 * Auth for a request being edited: its own auth replaces the stored one (the tab may be unsaved),
 * the parents come from where it is saved.
 */
export function effectiveAuthForEdited(nodes: readonly StoredNode[], request: RequestModel): EffectiveAuth {
  const parents = chainForNode(nodes, request.id).filter((l) => l.kind !== 'request');
  return resolveChainAuth([...parents, requestLink(request)]);
}

export interface ScopeInputs {
  globals: readonly Variable[];
  /** The active environment's variables; empty when none is active. */
  environment: readonly Variable[];
  /** The collection and folders above the request, outermost first. */
  chain: readonly ChainLink[];
  request?: readonly Variable[];
}

/** Scopes in Postman's precedence: global < collection (outer to inner) < environment < request. */
export function buildVariableScopes(inputs: ScopeInputs): VariableScopes {
  const scopes: VariableScopes = {
    globals: [...inputs.globals],
    collection: inputs.chain.filter((l) => l.kind !== 'request').map((l) => [...l.variables]),
    environment: [...inputs.environment],
  };
  if (inputs.request) scopes.request = [...inputs.request];
  return scopes;
}

/** Human text for where an auth comes from: "Auth inherited from folder Books". */
export function describeAuthSource(effective: EffectiveAuth, requestId: string): string {
  const { source } = effective;
  if (source.kind === 'none') return 'No auth set on this request or above it.';
  if (source.kind === 'request' && source.id === requestId) return 'Auth set on this request.';
  return `Auth inherited from ${source.kind} ${source.name}`;
}
