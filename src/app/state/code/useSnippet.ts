import { useEffect, useState } from 'react';
import { appTokenStore } from '../oauth2/tokenStore';
import type { EditorTab } from '../tabsStore';
import { snippetFor, type CodeChoices } from './snippetFor';

export type SnippetState = { kind: 'loading' } | { kind: 'ready'; code: string } | { kind: 'error'; message: string };

/** Code for the tab's request, regenerated when the request or the choices change. */
export function useSnippet(tab: EditorTab, choices: CodeChoices): SnippetState {
  const [state, setState] = useState<SnippetState>({ kind: 'loading' });
  const { request } = tab;
  const { target, resolveVariables, includeSecrets } = choices;
  // An OAuth 2.0 token fetched or cleared changes the code (its header and its note) without changing the request.
  const [tokens, setTokens] = useState(0);
  useEffect(() => appTokenStore.subscribe(() => setTokens((n) => n + 1)), []);
  useEffect(() => {
    let current = true;
    snippetFor(tab, request, { target, resolveVariables, includeSecrets }).then(
      (code) => current && setState({ kind: 'ready', code }),
      (e: unknown) => current && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
    // The tab object changes with every exchange update; only its request matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tab.id, request, target, resolveVariables, includeSecrets, tokens]);
  return state;
}
