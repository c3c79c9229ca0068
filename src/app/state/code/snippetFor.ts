import type { RequestModel } from '../../../core/model';
import { snippetForRequest } from '../../../core/interop/codegen/generateSnippet';
import type { SnippetTargetId } from '../../../core/interop/codegen/targets';
import { resolveFileBytes } from '../fileStore';
import { getPrepareContext } from '../prepareContext';
import type { EditorTab } from '../tabsStore';

export interface CodeChoices {
  target: SnippetTargetId;
  resolveVariables: boolean;
  includeSecrets: boolean;
}

/**
 * Code for a tab's request, from the same preparation Send uses: the shell's prepare context
 * (variables, inherited auth) and its file store, so the code sends what the app sends.
 */
export async function snippetFor(tab: EditorTab, request: RequestModel, choices: CodeChoices): Promise<string> {
  const ctx = { ...(await getPrepareContext(tab, request)), fileResolver: resolveFileBytes };
  return snippetForRequest(request, ctx, {
    target: choices.target,
    secrets: choices.includeSecrets ? 'resolve' : 'placeholder',
    variables: choices.resolveVariables ? 'resolve' : 'placeholder',
  });
}
