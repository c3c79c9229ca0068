import { useEffect, useState } from 'react';
import { prepareRequest } from '../../core/prepare';
import { getPrepareContext } from './prepareContext';
import type { TabEdit } from './tabsStore';
import { useVariableScopesVersion } from './useVariableScopesVersion';

/** Typing waits this long before the request is prepared again. */
const SETTLE_MS = 150;
const noFile = async () => new Uint8Array();

/**
 * The `{{variables}}` of the tab's request that have no value now, found by the same preparation
 * Send uses (files read as empty: only the names matter), again after each edit and each change
 * of the scopes. Starts from `initial`, the list the last Send found.
 */
export function useLiveUnresolved(tab: TabEdit, initial: readonly string[]): readonly string[] {
  const [names, setNames] = useState(initial);
  const version = useVariableScopesVersion();
  const { request } = tab;
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void getPrepareContext(tab, request)
        .then((ctx) => prepareRequest(request, { ...ctx, fileResolver: noFile }))
        .then((prepared) => current && setNames(prepared.unresolved))
        // A request that can't be prepared keeps the last list; Send will say what is wrong.
        .catch(() => undefined);
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The tab object changes with every exchange update; only its request matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab.id, request, version]);
  return names;
}
