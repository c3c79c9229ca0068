import type { StoredEnvironment, Variable } from '../../../core/model';
import { GLOBALS_ID, newId, WORKSPACE_SCHEMA_VERSION } from '../../../core/model';
import { getWorkspaceStore } from '../../storage/instance';

export function newVariable(key = '', value = '', secret = false): Variable {
  return { id: newId(), key, value, enabled: true, secret };
}

export function globalsRecord(environments: readonly StoredEnvironment[]): StoredEnvironment {
  return (
    environments.find((e) => e.id === GLOBALS_ID) ?? {
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      kind: 'globals',
      id: GLOBALS_ID,
      name: 'Globals',
      variables: [],
      updatedAt: 0,
    }
  );
}

export async function createEnvironment(name: string): Promise<StoredEnvironment> {
  const env: StoredEnvironment = {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    kind: 'environment',
    id: newId(),
    name,
    variables: [],
    updatedAt: Date.now(),
  };
  await getWorkspaceStore().putEnvironments([env], `Environment "${name}"`);
  return env;
}

export async function duplicateEnvironment(source: StoredEnvironment): Promise<StoredEnvironment> {
  const env: StoredEnvironment = {
    ...source,
    kind: 'environment',
    id: newId(),
    name: `${source.name} copy`,
    variables: source.variables.map((v) => ({ ...v, id: newId() })),
    updatedAt: Date.now(),
  };
  await getWorkspaceStore().putEnvironments([env], `Environment "${env.name}"`);
  return env;
}

export function saveEnvironment(env: StoredEnvironment): Promise<void> {
  const label = env.kind === 'globals' ? 'Globals' : `Environment "${env.name}"`;
  return getWorkspaceStore().putEnvironments([{ ...env, updatedAt: Date.now() }], label);
}

export function deleteEnvironment(env: StoredEnvironment): Promise<void> {
  return getWorkspaceStore().deleteEnvironment(env.id, `Deleting environment "${env.name}"`);
}
