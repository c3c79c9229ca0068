import type { Auth, Collection, CollectionItem, Folder, RequestModel, Variable } from '../model';
import { resolveInheritedAuth } from '../auth';

export interface FlatRequest {
  request: RequestModel;
  /** Enclosing folders, outermost first. */
  folders: Folder[];
  /** What `inherit` resolves to here (nearest folder's or the collection's auth). */
  inheritedAuth: Auth;
  /** Collection variables then each folder's, outermost first (VariableScopes.collection). */
  collectionScopes: Variable[][];
  /** Where it sits: `item[2].item[0]`. */
  path: string;
}

/** Every request of a collection in file order, with what it inherits. */
export function flattenCollection(collection: Collection): FlatRequest[] {
  const out: FlatRequest[] = [];
  const walk = (items: CollectionItem[], folders: Folder[], path: string) => {
    items.forEach((item, i) => {
      const here = `${path}item[${i}]`;
      if (item.kind === 'folder') {
        walk(item.items, [...folders, item], `${here}.`);
        return;
      }
      const chain = [...folders].reverse().map((f) => f.auth);
      out.push({
        request: item.request,
        folders,
        inheritedAuth: resolveInheritedAuth([...chain, collection.auth]).auth,
        collectionScopes: [collection.variables, ...folders.map((f) => f.variables)],
        path: here,
      });
    });
  };
  walk(collection.items, [], '');
  return out;
}
