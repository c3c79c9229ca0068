import { handleAnything } from './anything.ts';
import { handleBasicAuth, handleBearer } from './auth.ts';
import { handleAwsSigV4, SANDBOX_AWS } from './awsSigV4.ts';
import { handleHawk, SANDBOX_HAWK } from './hawk.ts';
import { handleOAuth1, SANDBOX_OAUTH1 } from './oauth1.ts';
import { handleEdgeGrid, SANDBOX_EDGEGRID } from './edgegrid.ts';
import { handleNtlm, SANDBOX_NTLM } from './ntlm.ts';
import { handleJwt, SANDBOX_JWT_SECRET } from './jwt.ts';
import type { createOAuthServer } from './oauth/handleOAuth.ts';
import { SANDBOX_OAUTH } from './oauth/oauthModel.ts';
import type { BookStore } from './books/store';
import { handleBooks } from './books/routes.ts';
import { handleBytes } from './bytes.ts';
import { handleCookies, handleLogin, handleSetCookies } from './cookies.ts';
import type { createDigestAuth } from './digest';
import { handleDelay } from './delay.ts';
import { handleDrip } from './drip.ts';
import { handleEncoded } from './encoded.ts';
import { handleJsonStream } from './jsonStream.ts';
import { handleHtml, handleImage, handleNoCors, handleXml } from './pages.ts';
import { handleRedirect } from './redirect.ts';
import { sendJson, sendProblem, type Req, type Res } from './respond.ts';
import { handleStatus } from './status.ts';
import type { RateLimit } from './rateLimit';
import { handleAdmin, handleApiKey, handleLimited } from './lessons.ts';
import type { Target } from './url';

export interface SandboxContext {
  maxDelayMs: number;
  maxBytes: number;
  maxJsonMb: number;
  books: BookStore;
  /** The URL prefix routes are under: `/sandbox`, or `/sandbox/lab/<id>` in a learner's lab. */
  base: string;
  limit: RateLimit;
  /** The sandbox's second, cross-origin address (another port), once it listens. */
  crossOrigin: () => string | undefined;
  digest: ReturnType<typeof createDigestAuth>;
  oauth: ReturnType<typeof createOAuthServer>;
}

export const ROUTES = [
  '/sandbox/anything[/<path>]',
  '/sandbox/books[/<id>]',
  'POST /sandbox/reset',
  '/sandbox/status/<code>',
  '/sandbox/delay/<ms>',
  '/sandbox/bytes/<n>[?seed=<int>]',
  '/sandbox/json?mb=<n>',
  '/sandbox/redirect/<n>[?status=302&absolute=true]',
  '/sandbox/cookies',
  '/sandbox/cookies/set?<name>=<value>',
  '/sandbox/cookies/delete?<name>',
  '/sandbox/login?max_age=<seconds>',
  '/sandbox/basic-auth/<user>/<pass>',
  '/sandbox/bearer',
  `/sandbox/aws/… (AWS Signature v4: access key ${SANDBOX_AWS.accessKey}, secret key ${SANDBOX_AWS.secretKey}, any region and service)`,
  `/sandbox/jwt/… (JWT bearer: HS256/384/512 with the secret ${SANDBOX_JWT_SECRET}; RS/PS/ES with the demo keys at /sandbox/jwt/keys)`,
  `/sandbox/hawk/… (Hawk: ID ${SANDBOX_HAWK.id} for sha256 or ${SANDBOX_HAWK.sha1Id} for sha1, key ${SANDBOX_HAWK.key})`,
  `/sandbox/oauth1/… (OAuth 1.0: consumer ${SANDBOX_OAUTH1.consumerKey} / ${SANDBOX_OAUTH1.consumerSecret}, token ${SANDBOX_OAUTH1.token} / ${SANDBOX_OAUTH1.tokenSecret}; HMAC-SHA1, HMAC-SHA256 or PLAINTEXT)`,
  `/sandbox/edgegrid/… (Akamai EdgeGrid: client token ${SANDBOX_EDGEGRID.clientToken}, access token ${SANDBOX_EDGEGRID.accessToken}, client secret ${SANDBOX_EDGEGRID.clientSecret}; no headers to sign)`,
  `/sandbox/ntlm/… (NTLM through the relay: user ${SANDBOX_NTLM.username}, password ${SANDBOX_NTLM.password}, any domain; NTLMv2 only)`,
  `/sandbox/oauth/{authorize,token,resource} (OAuth 2.0: client ${SANDBOX_OAUTH.clientId} secret ${SANDBOX_OAUTH.clientSecret}, public ${SANDBOX_OAUTH.publicClientId} with PKCE, ${SANDBOX_OAUTH.shortClientId} for 5 s tokens; user ${SANDBOX_OAUTH.username} / ${SANDBOX_OAUTH.password})`,
  '/sandbox/admin (Bearer reader → 403, Bearer admin → 200)',
  '/sandbox/api-key (X-API-Key: sandbox-key)',
  '/sandbox/limited (3 per 10 s, then 429)',
  '/sandbox/lab/<id>/… (your own books and a log: GET log, GET state, POST reset)',
  '/sandbox/digest-auth/<user>/<pass>[?algorithm=MD5|SHA-256]',
  '/sandbox/gzip',
  '/sandbox/deflate',
  '/sandbox/brotli',
  '/sandbox/image',
  '/sandbox/html',
  '/sandbox/xml',
  '/sandbox/drip?bytes=<n>&duration=<ms>&delay=<ms>',
  '/sandbox/no-cors',
];

export async function routeSandbox(req: Req, res: Res, target: Target, context: SandboxContext): Promise<void> {
  const [first, second, third, ...rest] = target.segments;
  const arity = target.segments.length;
  const { rawQuery } = target;
  switch (arity === 0 ? '' : first) {
    case '':
      req.resume();
      return sendJson(res, 200, { name: 'Reqlab sandbox', routes: ROUTES, ...(context.crossOrigin() ? { crossOrigin: context.crossOrigin() } : {}) });
    case 'anything':
      return handleAnything(req, res, target, context.maxBytes);
    case 'books':
      return handleBooks(req, res, target, context.books, context.base);
    case 'reset':
      if (arity !== 1) break;
      req.resume();
      if (req.method !== 'POST') {
        return sendProblem(res, 405, { detail: 'Reset with POST.' }, { Allow: 'POST' });
      }
      context.books.reset();
      return sendJson(res, 200, { reset: true, total: context.books.list(undefined).length });
    case 'status':
      if (arity === 2) return handleStatus(req, res, second, context.base);
      break;
    case 'delay':
      if (arity === 2) return handleDelay(req, res, second, context.maxDelayMs);
      break;
    case 'bytes':
      if (arity === 2) return handleBytes(req, res, second, rawQuery, context.maxBytes);
      break;
    case 'json':
      if (arity === 1) return handleJsonStream(req, res, rawQuery, context.maxJsonMb);
      break;
    case 'redirect':
      if (arity === 2) return handleRedirect(req, res, second, rawQuery, context.base);
      break;
    case 'cookies':
      if (arity === 1) return handleCookies(req, res);
      if (arity === 2 && (second === 'set' || second === 'delete')) {
        return handleSetCookies(req, res, rawQuery, second === 'delete');
      }
      break;
    case 'login':
      if (arity === 1) return handleLogin(req, res, rawQuery);
      break;
    case 'basic-auth':
      if (arity === 3 && rest.length === 0) return handleBasicAuth(req, res, second!, third!);
      break;
    case 'digest-auth':
      if (arity === 3) return context.digest(req, res, second!, third!, rawQuery);
      break;
    case 'bearer':
      if (arity === 1) return handleBearer(req, res);
      break;
    case 'aws':
      return handleAwsSigV4(req, res, context.maxBytes);
    case 'jwt':
      return handleJwt(req, res, rawQuery, second);
    case 'hawk':
      return handleHawk(req, res, context.maxBytes);
    case 'oauth1':
      return handleOAuth1(req, res, rawQuery, context.maxBytes);
    case 'edgegrid':
      return handleEdgeGrid(req, res, context.maxBytes);
    case 'ntlm':
      return handleNtlm(req, res, context.maxBytes);
    case 'oauth':
      if (arity <= 2) return context.oauth(req, res, second, rawQuery);
      break;
    case 'admin':
      if (arity === 1) return handleAdmin(req, res);
      break;
    case 'api-key':
      if (arity === 1) return handleApiKey(req, res, rawQuery);
      break;
    case 'limited':
      if (arity === 1) return handleLimited(req, res, context.limit);
      break;
    case 'gzip':
      if (arity === 1) return handleEncoded(req, res, 'gzip');
      break;
    case 'deflate':
      if (arity === 1) return handleEncoded(req, res, 'deflate');
      break;
    case 'brotli':
      if (arity === 1) return handleEncoded(req, res, 'br');
      break;
    case 'image':
      if (arity === 1) return handleImage(req, res);
      break;
    case 'html':
      if (arity === 1) return handleHtml(req, res);
      break;
    case 'xml':
      if (arity === 1) return handleXml(req, res);
      break;
    case 'drip':
      if (arity === 1) return handleDrip(req, res, rawQuery, context.maxDelayMs);
      break;
    case 'no-cors':
      if (arity === 1) return handleNoCors(req, res);
      break;
  }
  req.resume();
  sendProblem(res, 404, { detail: `There is no sandbox route at ${target.path}. See GET /sandbox for the list.`, routes: ROUTES });
}
