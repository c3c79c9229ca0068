export { splitUrl, joinUrl, hasScheme, withDefaultScheme, splitAuthority, type UrlParts } from './split';
export {
  encodeQueryKey,
  encodeQueryValue,
  encodeQueryString,
  encodePath,
  encodePathSegment,
  encodeFragment,
  decodeForDisplay,
  variableTokenLength,
} from './percent';
export {
  parseQuery,
  parseQueryString,
  applyParamsToUrl,
  syncParamsFromUrl,
  serializeParams,
  serializeQueryPair,
  isBlankParam,
  type QueryPair,
} from './params';
export { pathVariableNames, extractPathVariables, substitutePathVariables } from './pathVariables';
export { isServerRelative, validateUrl, type UrlCheck } from './validate';
export { encodeUrlForSending } from './encodeUrl';
export { withUrl, withParams } from './requestSync';
