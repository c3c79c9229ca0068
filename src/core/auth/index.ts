export { authParts, basicAuthorization, mapAuthText, type AuthParts } from './apply';
export { resolveInheritedAuth, type EffectiveAuth } from './inherit';
