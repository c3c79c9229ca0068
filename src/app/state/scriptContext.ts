import type { RequestModel, Variable } from '../../core/model';
import type { ScriptLevel } from '../../core/scripts';
import type { TabEdit } from './tabsStore';

/** The variables scripts can write, as stored. `collection` is empty for a request that is not saved. */
export interface ScriptScopes {
  globals: Variable[];
  collection: Variable[];
  environment: Variable[];
}

/** What the send flow needs to run a request's scripts: who sits above it, the scopes, and a way to keep changes. */
export interface ScriptContext {
  /** The collection and folders above the request, outermost first. */
  parents: ScriptLevel[];
  environmentName: string;
  scopes: ScriptScopes;
  /** Keeps what scripts set (current values, as in Postman); only the scopes that changed are written. */
  write(next: ScriptScopes): Promise<void>;
}

export type ScriptContextProvider = (tab: TabEdit, request: RequestModel) => Promise<ScriptContext>;

const NONE: ScriptContext = { parents: [], environmentName: '', scopes: { globals: [], collection: [], environment: [] }, write: async () => undefined };
let provider: ScriptContextProvider = async () => NONE;

/** The workspace plugs in here (like the prepare context), so the send flow never imports a feature. */
export function setScriptContextProvider(next: ScriptContextProvider): () => void {
  provider = next;
  return () => {
    if (provider === next) provider = async () => NONE;
  };
}

export function getScriptContext(tab: TabEdit, request: RequestModel): Promise<ScriptContext> {
  return provider(tab, request);
}
