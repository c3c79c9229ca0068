import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Akamai's own EdgeGrid signer (`akamai-edgegrid`, the Node client Akamai publishes). Its package
 * exports only the API client, which sends requests itself; the sandbox and the tests need its
 * signing functions alone, so they are loaded from the file the client uses.
 */
export interface AkamaiHelpers {
  signRequest(request: { method: string; url: string; headersToSign?: Record<string, string>; body?: string; headers?: Record<string, string> }, timestamp: string, clientSecret: string, authHeader: string): string;
}
export interface AkamaiAuth {
  generateAuth(request: { path: string; method: string; headers?: Record<string, string>; headersToSign?: Record<string, string>; body?: string }, clientToken: string, clientSecret: string, accessToken: string, host: string, maxBody: number | undefined, guid: string, timestamp: string): { headers: Record<string, string> };
}

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('akamai-edgegrid'));

export const akamaiHelpers = require(join(root, 'src', 'helpers.js')) as AkamaiHelpers;
export const akamaiAuth = require(join(root, 'src', 'auth.js')) as AkamaiAuth;
