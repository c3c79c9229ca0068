import Hawk from 'hawk';
import { nonceBook } from './nonceBook.ts';
import { readBodyOrRefuse, sendJson, type Req, type Res } from './respond.ts';

/**
 * The sandbox's Hawk identities: the example of Hawk's own documentation (which Postman's echo
 * server also accepts), for each algorithm. Shown in the route list so anyone can sign for them.
 */
export const SANDBOX_HAWK = {
  id: 'dh37fgj492je',
  sha1Id: 'dh37fgj492je-sha1',
  key: 'werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn',
} as const;

const CREDENTIALS: Record<string, { key: string; algorithm: 'sha256' | 'sha1'; user: string }> = {
  [SANDBOX_HAWK.id]: { key: SANDBOX_HAWK.key, algorithm: 'sha256', user: 'Steve' },
  [SANDBOX_HAWK.sha1Id]: { key: SANDBOX_HAWK.key, algorithm: 'sha1', user: 'Steve' },
};

const SKEW_SEC = 60;
const nonces = nonceBook(SKEW_SEC);

function rememberNonce(key: string, nonce: string, ts: string): void {
  if (nonces.isReplay(`${key}:${ts}:${nonce}`, Number(ts))) throw Object.assign(new Error('Replayed nonce: this exact request was already accepted. Send it again with a new nonce.'), { replay: true });
}

interface BoomLike {
  isBoom?: boolean;
  message: string;
  output?: { statusCode: number; headers: Record<string, string | number> };
}

/**
 * `/sandbox/hawk/…`: answers 200 only to a request signed for a sandbox identity, checked by the
 * `hawk` package's own server side (MAC, ±60 s clock skew, nonce replay, and the payload hash when
 * the client sent one), not by Reqlab's signer.
 */
export async function handleHawk(req: Req, res: Res, maxBytes: number): Promise<void> {
  const body = await readBodyOrRefuse(req, res, maxBytes);
  if (!body) return;
  try {
    const { credentials, artifacts } = await Hawk.server.authenticate(req, // Hawk answers an unknown id itself (401 Unknown credentials); its type says an id is always known.
      (id) => CREDENTIALS[id] as Hawk.server.Credentials, {
      timestampSkewSec: SKEW_SEC,
      nonceFunc: (key, nonce, ts) => rememberNonce(key, nonce, ts),
    });
    if (artifacts.hash) {
      // Hawk hashes a Buffer as it is; its type says string only.
      Hawk.server.authenticatePayload(body as unknown as string, credentials, artifacts, String(req.headers['content-type'] ?? ''));
    }
    sendJson(res, 200, {
      authenticated: true,
      message: 'Hawk Authentication Successful',
      id: (artifacts as { id?: string }).id,
      user: credentials.user,
      algorithm: credentials.algorithm,
      payloadVerified: Boolean(artifacts.hash),
      ext: artifacts.ext ?? null,
      app: artifacts.app ?? null,
    });
  } catch (e) {
    const err = e as BoomLike;
    const status = err.output?.statusCode ?? 401;
    for (const [name, value] of Object.entries(err.output?.headers ?? {})) res.setHeader(name, String(value));
    if (!res.hasHeader('www-authenticate') && status === 401) res.setHeader('WWW-Authenticate', 'Hawk');
    sendJson(res, status, {
      authenticated: false,
      message: err.message,
      hint: `Sign with Hawk: ID ${SANDBOX_HAWK.id} (sha256) or ${SANDBOX_HAWK.sha1Id} (sha1), key ${SANDBOX_HAWK.key}.`,
    });
  }
}
