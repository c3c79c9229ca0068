import type { Environment, FileResolver, PreparedRequest, Variable } from '../model';
import type { Collection } from '../model';
import { prepareRequest } from '../prepare';
import { type FlatRequest, flattenCollection } from './flatten';

export interface PrepareAllOptions {
  environment?: Environment;
  globals?: Variable[];
  fileResolver?: FileResolver;
  /** `placeholder` keeps secret variables as {{name}} (export, code); default resolves them. */
  secrets?: 'resolve' | 'placeholder';
  boundary?: string;
}

export type PreparedItem = FlatRequest & ({ prepared: PreparedRequest; error?: undefined } | { prepared?: undefined; error: Error });

/** Every request of a collection prepared exactly as it would be sent, in file order. */
export async function prepareAll(collection: Collection, options: PrepareAllOptions = {}): Promise<PreparedItem[]> {
  const out: PreparedItem[] = [];
  for (const flat of flattenCollection(collection)) {
    try {
      const prepared = await prepareRequest(flat.request, {
        scopes: { globals: options.globals ?? [], collection: flat.collectionScopes, environment: options.environment?.variables ?? [] },
        inheritedAuth: flat.inheritedAuth,
        ...(options.fileResolver ? { fileResolver: options.fileResolver } : {}),
        ...(options.secrets ? { secrets: options.secrets } : {}),
        ...(options.boundary ? { boundary: options.boundary } : {}),
      });
      out.push({ ...flat, prepared });
    } catch (e) {
      out.push({ ...flat, error: e as Error });
    }
  }
  return out;
}
