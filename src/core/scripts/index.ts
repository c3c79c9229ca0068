export { scriptChain } from './scriptChain';
export { toScriptRequest, applyScriptRequest, sentScriptRequest } from './scriptRequest';
export { toScriptVariables, applyScriptVariables, scriptValueText } from './scriptVariables';
export { toScriptResponse, responseCookies } from './scriptResponse';
export { PM_RUNTIME_SOURCE } from './pmRuntime';
export { moduleScript } from './moduleScript';
