import type { OAuth2Token, OAuth2TokenStore } from '../../model';

/** Tokens for one run (the CLI, tests): gone when the process ends. */
export function memoryTokenStore(): OAuth2TokenStore & { size(): number } {
  const tokens = new Map<string, OAuth2Token>();
  return {
    get: async (key) => tokens.get(key),
    put: async (key, token) => void tokens.set(key, token),
    delete: async (key) => void tokens.delete(key),
    size: () => tokens.size,
  };
}
