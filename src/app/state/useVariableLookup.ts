import { useEffect, useState } from 'react';
import { buildVariableLookup, type VariableLookup } from '../../core/variables';
import { getPrepareContext } from './prepareContext';
import { idleAfterStart } from './afterStartup';
import type { TabEdit } from './tabsStore';
import { useVariableScopesVersion } from './useVariableScopesVersion';

/**
 * The variables the tab's request can use, from the same scopes Send uses (globals, its collection
 * and folders, the active environment, its own): for drawing `{{name}}` as a chip and completing it.
 * Null until the scopes are read, which waits for the first screen and an idle period: reading
 * them loads the workspace runtime, which the first screen does not need.
 */
export function useVariableLookup(tab: TabEdit): VariableLookup | null {
  const [lookup, setLookup] = useState<VariableLookup | null>(null);
  const version = useVariableScopesVersion();
  const { request } = tab;
  useEffect(() => {
    let current = true;
    void idleAfterStart()
      .then(() => getPrepareContext(tab, request))
      .then((ctx) => current && setLookup(buildVariableLookup(ctx.scopes)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // Only where the request sits changes its scopes, not each keystroke in the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab.id, request.id, version]);
  return lookup;
}
