import type { PrepareContext } from '../../core/prepare';
import type { RequestModel } from '../../core/model';
import type { TabEdit } from './tabsStore';
import { appTokenStore } from './oauth2/tokenStore';

/** What prepare needs besides the request: variable scopes and inherited auth. Files are added by the send flow. */
export type PrepareContextProvider = (tab: TabEdit, request: RequestModel) => Omit<PrepareContext, 'fileResolver'> | Promise<Omit<PrepareContext, 'fileResolver'>>;

const EMPTY: Omit<PrepareContext, 'fileResolver'> = { scopes: { globals: [], collection: [], environment: [] } };

let provider: PrepareContextProvider = () => EMPTY;

/**
 * Environments, globals and collections (another feature) plug in here: the active environment's
 * variables, the collection chain's variables and the inherited auth of the tab's request.
 */
export function setPrepareContextProvider(next: PrepareContextProvider): () => void {
  provider = next;
  return () => {
    if (provider === next) provider = () => EMPTY;
  };
}

/** The page's origin: where a URL that starts with `/` goes (Reqlab's own server and its sandbox). */
export function pageOrigin(): string | undefined {
  const origin = globalThis.location?.origin;
  return origin && origin !== 'null' ? origin : undefined;
}

export async function getPrepareContext(tab: TabEdit, request: RequestModel): Promise<Omit<PrepareContext, 'fileResolver'>> {
  const origin = pageOrigin();
  return { ...(await provider(tab, request)), oauth2Tokens: appTokenStore, ...(origin ? { pageOrigin: origin } : {}) };
}
