import type { HeaderInfo } from '../model';
import { AUTH_COOKIE_HEADERS } from './headers/authCookies';
import { CACHING_HEADERS } from './headers/caching';
import { CONNECTION_HEADERS } from './headers/connection';
import { CONTENT_HEADERS } from './headers/content';
import { CONTEXT_HEADERS } from './headers/context';
import { CORS_HEADERS } from './headers/cors';
import type { HeaderEntry } from './headers/entry';
import { isForbiddenRequestHeader } from './headers/forbidden';
import { SECURITY_HEADERS } from './headers/security';
import { rfc } from './spec';

export {
  CORS_SAFELISTED_RESPONSE_HEADERS,
  FORBIDDEN_REQUEST_HEADERS,
  FORBIDDEN_REQUEST_HEADER_PREFIXES,
  isForbiddenRequestHeader,
  isForbiddenResponseHeader,
} from './headers/forbidden';
export { commonHeaderValues, COMMON_MEDIA_TYPES } from './headerValues';

function withForbidden(entry: HeaderEntry): HeaderInfo {
  return { ...entry, forbiddenInBrowser: isForbiddenRequestHeader(entry.name) };
}

/** Every header Reqlab can explain, grouped by topic in the source tables. */
export const KNOWN_HEADERS: readonly HeaderInfo[] = [
  ...CONTENT_HEADERS,
  ...CACHING_HEADERS,
  ...AUTH_COOKIE_HEADERS,
  ...CORS_HEADERS,
  ...SECURITY_HEADERS,
  ...CONNECTION_HEADERS,
  ...CONTEXT_HEADERS,
].map(withForbidden);

const byLowerName = new Map(KNOWN_HEADERS.map((h) => [h.name.toLowerCase(), h]));

/** Header names a person may usefully type in the request editor, sorted: request and two-way headers. */
export const COMMON_HEADER_NAMES: readonly string[] = KNOWN_HEADERS.filter(
  (h) => h.direction !== 'response' && !h.name.toLowerCase().startsWith('sec-'),
)
  .map((h) => h.name)
  .sort((a, b) => a.localeCompare(b));

/** The explanation of a header, case-insensitive; null when Reqlab knows nothing about it. */
export function findHeader(name: string): HeaderInfo | null {
  return byLowerName.get(name.trim().toLowerCase()) ?? null;
}

/** Explains any header name: a known one, or a generic explanation for others. */
export function describeHeader(name: string): HeaderInfo {
  const known = findHeader(name);
  if (known) return known;
  const trimmed = name.trim();
  const lower = trimmed.toLowerCase();
  const forbiddenInBrowser = isForbiddenRequestHeader(trimmed);
  let summary = 'A header Reqlab has no notes about: its meaning is defined by the server or application that uses it.';
  let details: string | undefined;
  if (lower.startsWith('sec-')) {
    summary = 'A "Sec-" header: only the browser may set these, which lets servers trust they were not forged by a page.';
  } else if (lower.startsWith('proxy-')) {
    summary = 'A "Proxy-" header: meant for a proxy on the way, and never settable by a page.';
  } else if (lower.startsWith('x-')) {
    details = 'The "X-" prefix once marked experimental headers. RFC 6648 retired the convention, but many APIs still use it for their own headers.';
  }
  return {
    name: trimmed,
    direction: 'both',
    category: 'context',
    summary,
    ...(details ? { details } : {}),
    forbiddenInBrowser,
    nonStandard: true,
    spec: rfc(9110, '5'),
  };
}
