import { RelayFailure } from './errors.ts';
import { headersForRedirect } from './outgoingHeaders.ts';
import type { OutgoingBody } from './outgoingBody.ts';

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface HopRequest {
  method: string;
  url: URL;
  /** The person's headers (without Host, which is computed per hop unless they set it). */
  headers: [string, string][];
  body: OutgoingBody | null;
}

/**
 * The next request after a redirect, per the fetch standard and curl:
 * 301/302 turn POST into GET, 303 turns anything but GET/HEAD into GET, both without a body;
 * 307/308 keep method and body. Credentials stay behind on another origin.
 */
export function nextHop(current: HopRequest, status: number, location: string): HopRequest {
  let url: URL;
  try {
    url = new URL(location, current.url);
  } catch {
    throw new RelayFailure('UNKNOWN', `The server redirected to "${location}", which is not a valid URL.`);
  }
  const method = current.method.toUpperCase();
  const toGet =
    ((status === 301 || status === 302) && method === 'POST') ||
    (status === 303 && method !== 'GET' && method !== 'HEAD');
  const crossOrigin = url.origin !== current.url.origin;
  return {
    method: toGet ? 'GET' : current.method,
    url,
    headers: headersForRedirect(current.headers, { dropBody: toGet, crossOrigin }),
    body: toGet ? null : current.body,
  };
}
