import type { Req, Res } from './respond';

const STANDARD_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Permissive CORS for every sandbox route: any origin may read, without credentials.
 * Echoing the Origin with Allow-Credentials would let any web page read the cookies the browser holds
 * for 127.0.0.1 (every local app's, since cookies ignore ports) through /cookies and /anything.
 */
export function applyCors(_req: Req, res: Res): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', '*');
}

export function isPreflight(req: Req): boolean {
  return req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
}

/** Allows whatever the preflight asks for: the method (custom ones too) and each requested header. */
export function answerPreflight(req: Req, res: Res): void {
  const requested = String(req.headers['access-control-request-method'] ?? '').trim();
  const methods = requested && !STANDARD_METHODS.includes(requested) ? [...STANDARD_METHODS, requested] : STANDARD_METHODS;
  res.setHeader('Access-Control-Allow-Methods', methods.join(', '));
  const requestedHeaders = req.headers['access-control-request-headers'];
  if (requestedHeaders) res.setHeader('Access-Control-Allow-Headers', requestedHeaders);
  if (req.headers['access-control-request-private-network'] === 'true') {
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
}
