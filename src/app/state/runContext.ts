import type { Collection, Environment, Variable } from '../../core/model';
import type { RunTarget } from './runRequests';
import type { ScriptScopes } from './scriptContext';

/** The variables a run starts from, and a way to keep what its scripts set (as Postman's runner does). */
export interface RunScopes {
  environment?: Environment;
  globals: Variable[];
  write(next: ScriptScopes): Promise<void>;
}

/** What the runner needs to know about a collection or folder it was asked to run. */
export interface RunContext {
  collection: Collection;
  folderId?: string;
  /** By the names a person sees: `My API / users`. */
  title: string;
  environments: { id: string; name: string }[];
  activeEnvironmentId: string | null;
  scopes(environmentId: string | null): Promise<RunScopes>;
}

export type RunContextProvider = (target: RunTarget) => Promise<RunContext | null>;

let provider: RunContextProvider = async () => null;

/** The workspace plugs in here, so the runner never imports the collections feature. */
export function setRunContextProvider(next: RunContextProvider): () => void {
  provider = next;
  return () => {
    if (provider === next) provider = async () => null;
  };
}

export function getRunContext(target: RunTarget): Promise<RunContext | null> {
  return provider(target);
}
