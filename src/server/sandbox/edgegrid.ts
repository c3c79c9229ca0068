import { timingSafeEqual } from 'node:crypto';
import { akamaiHelpers } from './akamaiEdgeGrid.ts';
import { nonceBook } from './nonceBook.ts';
import { readBodyOrRefuse, sendJson, type Req, type Res } from './respond.ts';

/** The sandbox's EdgeGrid API client, shown in the route list so anyone can sign for it. */
export const SANDBOX_EDGEGRID = {
  clientToken: 'akab-sandbox-client-token',
  accessToken: 'akab-sandbox-access-token',
  clientSecret: 'sandbox-edgegrid-secret=',
} as const;

/** Akamai allows a little clock skew; the sandbox allows 5 minutes either way. */
const SKEW_SEC = 300;
const nonces = nonceBook(SKEW_SEC);

function refuse(res: Res, reason: string): void {
  sendJson(res, 401, {
    authenticated: false,
    type: 'https://problems.luna.akamaiapis.net/-/pep-authn/deny',
    title: 'Not authorized',
    detail: reason,
    hint: `Sign with Akamai EdgeGrid: client token ${SANDBOX_EDGEGRID.clientToken}, access token ${SANDBOX_EDGEGRID.accessToken}, client secret ${SANDBOX_EDGEGRID.clientSecret}; no headers to sign.`,
  });
}

/** `20260707T10:28:15+0000` → seconds since the epoch, or NaN. */
function parseTimestamp(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2}):(\d{2}):(\d{2})\+0000$/.exec(text);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
}

/**
 * `/sandbox/edgegrid/…`: answers 200 only to a request signed for the sandbox's API client. The
 * signature is recomputed by Akamai's own signer (`akamai-edgegrid`) from what arrived: the method,
 * the host, the path and query, and a POST body; a replayed nonce and an old time are refused.
 */
export async function handleEdgeGrid(req: Req, res: Res, maxBytes: number): Promise<void> {
  const body = await readBodyOrRefuse(req, res, maxBytes);
  if (!body) return;
  const header = String(req.headers.authorization ?? '');
  const match = /^EG1-HMAC-SHA256 (.*;)signature=([^;]*)$/.exec(header.trim());
  if (!match) return refuse(res, 'No EdgeGrid signature: send an Authorization header that starts with EG1-HMAC-SHA256.');
  const fields = new Map(match[1]!.split(';').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const));
  if (fields.get('client_token') !== SANDBOX_EDGEGRID.clientToken) return refuse(res, `Unknown client token “${fields.get('client_token') ?? ''}”.`);
  if (fields.get('access_token') !== SANDBOX_EDGEGRID.accessToken) return refuse(res, `Unknown access token “${fields.get('access_token') ?? ''}”.`);
  const timestamp = fields.get('timestamp') ?? '';
  const ts = parseTimestamp(timestamp);
  const now = Date.now() / 1000;
  if (!Number.isFinite(ts)) return refuse(res, `The timestamp “${timestamp}” is not in the form yyyyMMddTHH:mm:ss+0000.`);
  if (Math.abs(now - ts) > SKEW_SEC) return refuse(res, `The timestamp is more than ${SKEW_SEC} s from the sandbox's clock.`);

  const unsigned = `EG1-HMAC-SHA256 ${match[1]!}`;
  const request = { method: req.method ?? 'GET', url: `http://${String(req.headers.host ?? '')}${req.url ?? '/'}`, headersToSign: {}, body: body.toString('utf8') };
  const expected = Buffer.from(akamaiHelpers.signRequest(request, timestamp, SANDBOX_EDGEGRID.clientSecret, unsigned));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return refuse(res, 'The signature does not match the request: another client secret, or a part of the request that changed after signing.');
  }
  if (nonces.isReplay(`${timestamp}:${fields.get('nonce') ?? ''}`, ts)) return refuse(res, 'This nonce was already used: the request was replayed.');
  sendJson(res, 200, { authenticated: true, message: 'EdgeGrid signature verified', clientToken: SANDBOX_EDGEGRID.clientToken, timestamp });
}
