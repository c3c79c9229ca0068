export { oauth2AuthOf, OAUTH2_TOKEN_PLACEHOLDER, prepareRequest, type PrepareContext } from './prepareRequest';
export { PrepareError } from './PrepareError';
export { preparedToRelayRequest, preparedToStored, implicitHeaders } from './convert';
export { preparedToHttpText } from './describe';
export { buildUrl, type UrlInput } from './buildUrl';
