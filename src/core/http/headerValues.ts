import { STANDARD_METHODS } from './methods';

const MEDIA_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
  'text/html',
  'application/xml',
  'text/xml',
  'application/octet-stream',
  'application/graphql-response+json',
  'application/merge-patch+json',
  'application/json-patch+json',
  'application/problem+json',
  'application/ld+json',
  'application/x-ndjson',
  'text/csv',
  'application/pdf',
  'image/png',
  'image/jpeg',
];

const CACHE_CONTROL = [
  'no-cache',
  'no-store',
  'max-age=0',
  'max-age=3600',
  'must-revalidate',
  'private',
  'public',
  'no-transform',
  'only-if-cached',
  'stale-while-revalidate=60',
  'immutable',
  's-maxage=600',
];

const VALUES: Record<string, readonly string[]> = {
  accept: ['*/*', 'application/json', 'application/json, text/plain, */*', 'text/html', 'application/xml', 'text/event-stream', 'application/problem+json'],
  'accept-encoding': ['gzip, deflate, br, zstd', 'gzip', 'br', 'zstd', 'deflate', 'identity'],
  'accept-language': ['en-US,en;q=0.9', 'en', 'fr', 'de', 'es', 'ja', '*'],
  'content-type': [...MEDIA_TYPES, 'application/json; charset=utf-8', 'text/plain; charset=utf-8'],
  'content-encoding': ['gzip', 'br', 'zstd', 'deflate', 'identity'],
  'cache-control': CACHE_CONTROL,
  pragma: ['no-cache'],
  connection: ['keep-alive', 'close', 'Upgrade'],
  authorization: ['Bearer ', 'Basic ', 'Digest ', 'ApiKey '],
  'transfer-encoding': ['chunked', 'gzip, chunked'],
  te: ['trailers'],
  expect: ['100-continue'],
  upgrade: ['websocket', 'h2c'],
  'if-none-match': ['*'],
  'if-match': ['*'],
  range: ['bytes=0-1023', 'bytes=1024-', 'bytes=-500'],
  prefer: ['return=minimal', 'return=representation', 'respond-async', 'wait=10', 'handling=strict'],
  'x-requested-with': ['XMLHttpRequest'],
  'x-http-method-override': STANDARD_METHODS.filter((m) => m !== 'CONNECT' && m !== 'TRACE'),
  'access-control-request-method': STANDARD_METHODS,
  'upgrade-insecure-requests': ['1'],
  'content-disposition': ['inline', 'attachment', 'attachment; filename="file.txt"', 'form-data; name="field"'],
  'x-content-type-options': ['nosniff'],
  'x-frame-options': ['DENY', 'SAMEORIGIN'],
  'referrer-policy': ['no-referrer', 'origin', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin', 'unsafe-url'],
  'access-control-allow-origin': ['*', 'null'],
  'access-control-allow-credentials': ['true'],
  'access-control-allow-methods': ['GET, POST, PUT, PATCH, DELETE, OPTIONS', '*'],
  'access-control-allow-headers': ['Content-Type, Authorization', '*'],
};

/** Suggested values for a header, for autocomplete; empty when there is nothing typical to suggest. */
export function commonHeaderValues(name: string): readonly string[] {
  return VALUES[name.trim().toLowerCase()] ?? [];
}

/** Media types people send most, for the Content-Type and Accept pickers. */
export const COMMON_MEDIA_TYPES: readonly string[] = MEDIA_TYPES;
