export { compareExchanges, compareHeaders, compareSideOf } from './compareExchanges';
export { compareBodies, sideBySide, COMPARED_BYTES } from './compareBodies';
export { jsonChanges, MAX_JSON_CHANGES } from './jsonChanges';
