import type { StoredEnvironment, StoredNode } from '../../../core/model';
import type { ScriptContext, ScriptScopes } from '../../state/scriptContext';
import { getWorkspaceStore } from '../../storage/instance';
import { globalsRecord, saveEnvironment } from './environmentMutations';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The scopes a request's scripts read and write: globals, the active environment and the collection's
 * own variables. A write keeps only what changed, each scope as one record.
 */
export function scriptScopesFor(chain: readonly StoredNode[], environments: readonly StoredEnvironment[], activeId: string | null): Pick<ScriptContext, 'scopes' | 'write' | 'environmentName'> {
  const globals = globalsRecord(environments);
  const active = environments.find((e) => e.id === activeId && e.kind === 'environment');
  const collection = chain[0]?.kind === 'collection' ? chain[0] : undefined;
  const scopes: ScriptScopes = { globals: globals.variables, collection: collection?.variables ?? [], environment: active?.variables ?? [] };
  return {
    scopes,
    environmentName: active?.name ?? '',
    async write(next) {
      const writes: Promise<void>[] = [];
      if (!same(next.globals, scopes.globals)) writes.push(saveEnvironment({ ...globals, variables: next.globals }));
      if (active && !same(next.environment, scopes.environment)) writes.push(saveEnvironment({ ...active, variables: next.environment }));
      if (collection && !same(next.collection, scopes.collection)) {
        writes.push(getWorkspaceStore().putNodes([{ ...collection, variables: next.collection, updatedAt: Date.now() }], `Collection "${collection.name}"`));
      }
      await Promise.all(writes);
    },
  };
}
