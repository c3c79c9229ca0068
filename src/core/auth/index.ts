export { authParts, basicAuthorization, mapAuthText, type AuthParts } from './apply';
export { resolveInheritedAuth, type EffectiveAuth } from './inherit';
export { AUTH_SCHEME_GUIDE, type AuthSchemeGuide } from './schemeGuide';
