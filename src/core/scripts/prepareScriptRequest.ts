import { newRequest, type PreparedRequest, type VariableScopes } from '../model';
import type { ScriptRequest } from '../model/scripts';
import { prepareRequest } from '../prepare';
import { applyScriptRequest } from './scriptRequest';

/** A `pm.sendRequest` request, prepared as any other: {{variables}} resolved, no auth of its own. */
export function prepareScriptRequest(request: ScriptRequest, scopes: VariableScopes): Promise<PreparedRequest> {
  return prepareRequest(applyScriptRequest(newRequest({ name: request.name, auth: { type: 'none' } }), request), { scopes });
}
