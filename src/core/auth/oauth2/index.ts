export { oauth2TokenKey, tokenIsLive, OAUTH2_EXPIRY_MARGIN_MS } from './tokenKey';
export { memoryTokenStore } from './memoryTokenStore';
