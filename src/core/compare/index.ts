export { compareExchanges, compareHeaders } from './compareExchanges';
export { compareSideOf } from './compareSide';
export { compareBodies, sideBySide, COMPARED_BYTES } from './compareBodies';
export { jsonChanges, MAX_JSON_CHANGES } from './jsonChanges';
