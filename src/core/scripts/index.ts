export { scriptChain, type ScriptLevel } from './scriptChain';
export { prepareScriptRequest } from './prepareScriptRequest';
export { toScriptRequest, applyScriptRequest, sentScriptRequest } from './scriptRequest';
export { toScriptVariables, applyScriptVariables, scriptValueText, scriptVariableList } from './scriptVariables';
export { toScriptResponse, responseCookies } from './scriptResponse';
export { PM_RUNTIME_SOURCE } from './pmRuntime';
export { moduleScript } from './moduleScript';
export { eventCode, withEventCode } from './eventCode';
export { pmCompletion, pmMemberAt, pmMemberInLine, PM_ROOTS, type PmMember, type PmCompletion } from './pmApiReference';
