import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { CookieKey, RedirectHop, SentRequest, TimingPhases, TransportError } from '../../core/model';
import { MAX_RESPONSE_HEADERS, type RelayHead, type RelayRequest, type RelayTrailer } from '../../core/relay/protocol';
import type { CookieJar } from 'tough-cookie';
import { cookieChangesOf, headersWithJarCookies, jarFromCookies, storeSetCookies } from './cookieJar.ts';
import { digestAuthorization, findDigestChallenge } from './digest.ts';
import { drain, ntlmAgent, ntlmAuthenticate, ntlmNegotiate } from './ntlm.ts';
import { RelayFailure, toTransportError, transportError } from './errors.ts';
import { resolveLimits, type RelayLimits } from './limits.ts';
import { performHop, type HopTiming, type TlsOptions } from './performHop.ts';
import { nextHop, REDIRECT_STATUSES, type HopRequest } from './redirects.ts';
import { keptHeaders, pairsFromRaw, responseHeadSize } from './rawHeaders.ts';
import { streamBody } from './streamBody.ts';
import { outgoingBodySize, type OutgoingBody } from './outgoingBody.ts';

export interface ExecuteOptions {
  signal?: AbortSignal;
  limits?: Partial<RelayLimits>;
  /** The body: bytes (CLI, NodeSender) or an upload the relay spooled to disk (`req.bodySize` says how big). */
  body?: OutgoingBody | null;
  /** Trust settings for https; default: the system's CAs, certificates verified. */
  tls?: TlsOptions;
  onHead?: (head: RelayHead) => void;
  /** Refuse loopback, link-local and private targets, on every hop (the call came from another machine). */
  publicTargetsOnly?: boolean;
  /** When given, body chunks go here (return a promise for backpressure) and are not collected. */
  onChunk?: (chunk: Uint8Array) => void | Promise<void>;
  /** A jar kept across calls (`reqlab run`); otherwise the call's own `cookies`, if any, make one. */
  jar?: CookieJar;
}

export interface ExecuteResult {
  head: RelayHead;
  /** The collected decoded body, or null when onChunk took the chunks. */
  body: Uint8Array | null;
  trailer: RelayTrailer;
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** What the person reads in the response area when a body is over `--max-request-mb`. */
function tooLargeMessage(size: number, limit: number): string {
  return `The request body is too large for the relay: ${megabytes(size)} (${size} bytes), over its limit of ${megabytes(limit)}. Nothing was sent. Start Reqlab with --max-request-mb ${Math.ceil(size / MB)} to allow it.`;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function discard(response: IncomingMessage): void {
  response.on('error', () => {});
  response.destroy();
}

function withAuthorization(hop: HopRequest, value: string): HopRequest {
  return { ...hop, headers: [...hop.headers.filter(([n]) => n.toLowerCase() !== 'authorization'), ['Authorization', value]] };
}

function headerValues(response: IncomingMessage, name: string): string[] {
  const v = response.headers[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function errorHead(url: string, error: TransportError, redirects: RedirectHop[], sent?: SentRequest): RelayHead {
  return { error, status: 0, statusText: '', httpVersion: '', url, headers: [], redirects, ...(sent ? { sent } : {}) };
}

/**
 * Performs a relay request from Node: redirects, digest retry, timing, decoding, size cap.
 * Never rejects: failures come back as `head.error` (before the response head) or
 * `trailer.error` (while the body streamed).
 */
export async function executeRequest(req: RelayRequest, opts: ExecuteOptions = {}): Promise<ExecuteResult> {
  const limits = resolveLimits(opts.limits);
  const startedAt = Date.now();
  const t0 = performance.now();
  const controller = new AbortController();
  const onOuterAbort = () =>
    controller.abort(new RelayFailure('ABORTED', 'The request was cancelled before it finished.'));
  if (opts.signal?.aborted) onOuterAbort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  // setTimeout treats anything above 2^31-1 ms (or Infinity) as 1 ms: clamp.
  const budget = Math.min(req.timeoutMs > 0 ? req.timeoutMs : Infinity, limits.maxTotalMs, 2 ** 31 - 1);
  const timer = setTimeout(
    () => controller.abort(new RelayFailure('TIMEOUT', `Timed out: no complete answer within ${budget} ms. The server may be slow or not answering; try a longer timeout.`)),
    budget,
  );

  const jar = opts.jar ?? (req.cookies ? jarFromCookies(req.cookies) : undefined);
  const touched = new Map<string, CookieKey>();
  const withCookieChanges = (head: RelayHead): RelayHead =>
    req.cookies && jar ? { ...head, cookieChanges: cookieChangesOf(jar, touched) } : head;
  const redirects: RedirectHop[] = [];
  let sent: SentRequest | undefined;
  let hopTiming: HopTiming | undefined;
  const chunks: Uint8Array[] = [];
  const timing = (): TimingPhases => {
    const now = performance.now();
    const t: TimingPhases = { startedAt, total: round(now - t0) };
    if (hopTiming) {
      const { responseAt: _r, ...phases } = hopTiming;
      Object.assign(t, phases, { download: round(now - hopTiming.responseAt) });
    }
    return t;
  };
  const failure = (err: unknown, url: URL): TransportError =>
    toTransportError(controller.signal.aborted ? controller.signal.reason : err, url);
  let agent: ReturnType<typeof ntlmAgent> | undefined;
  const finish = (head: RelayHead, trailer: RelayTrailer): ExecuteResult => {
    clearTimeout(timer);
    agent?.destroy();
    opts.signal?.removeEventListener('abort', onOuterAbort);
    const body = opts.onChunk ? null : Buffer.concat(chunks);
    return { head, body: body ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : null, trailer };
  };
  const emptyTrailer = (): RelayTrailer => ({ truncated: false, bodySize: 0, wireSize: 0, timing: timing() });

  let hop: HopRequest;
  try {
    const body = opts.body ?? null;
    const size = Math.max(outgoingBodySize(body), req.bodySize ?? 0);
    if (size > limits.maxRequestBodyBytes) throw new RelayFailure('TOO_LARGE', tooLargeMessage(size, limits.maxRequestBodyBytes));
    hop = { method: req.method, url: new URL(req.url), headers: req.headers, body };
  } catch (err) {
    const error = err instanceof RelayFailure ? toTransportError(err, new URL('http://invalid')) : transportError('INVALID_REQUEST', `"${req.url}" is not a valid absolute URL.`);
    const head = errorHead(req.url, error, redirects);
    opts.onHead?.(head);
    return finish(head, emptyTrailer());
  }

  let response: IncomingMessage;
  let digestTried = false;
  let ntlmStep: 'negotiate' | 'answered' | undefined;
  if (req.ntlm) {
    // A hop given an agent keeps its socket (Connection: keep-alive), as NTLM's three messages need.
    agent = ntlmAgent(hop.url);
    hop = withAuthorization(hop, ntlmNegotiate(req.ntlm));
    ntlmStep = 'negotiate';
  }
  try {
    for (;;) {
      const outgoing = jar ? { ...hop, headers: headersWithJarCookies(hop, jar) } : hop;
      const result = await performHop(outgoing, controller.signal, opts.tls, opts.publicTargetsOnly, agent);
      ({ response, sent } = result);
      hopTiming = result.timing;
      if (jar) storeSetCookies(jar, headerValues(response, 'set-cookie'), hop.url, touched);
      const status = response.statusCode ?? 0;
      if (status === 401 && req.ntlm && ntlmStep === 'negotiate') {
        const answer = ntlmAuthenticate(headerValues(response, 'www-authenticate'), req.ntlm);
        if (answer) {
          // The answer must go on the connection that carried the challenge: read this 401 to its end.
          await drain(response);
          ntlmStep = 'answered';
          hop = withAuthorization(hop, answer);
          continue;
        }
      }
      if (status === 401 && req.digest && !digestTried) {
        const challenge = findDigestChallenge(headerValues(response, 'www-authenticate'));
        if (challenge) {
          discard(response);
          digestTried = true;
          const uri = `${hop.url.pathname || '/'}${hop.url.search}`;
          const authorization = digestAuthorization(challenge, req.digest, hop.method, uri);
          hop = withAuthorization(hop, authorization);
          continue;
        }
      }
      const location = response.headers.location;
      if (!req.followRedirects || !REDIRECT_STATUSES.has(status) || !location) break;
      discard(response);
      if (redirects.length >= req.maxRedirects) {
        throw new RelayFailure('TOO_MANY_REDIRECTS', `Too many redirects: stopped after ${req.maxRedirects}. The server may be redirecting in a loop.`);
      }
      redirects.push({
        status,
        statusText: response.statusMessage ?? '',
        url: hop.url.href,
        location,
        headers: pairsFromRaw(response.rawHeaders),
      });
      hop = nextHop(hop, status, location);
      digestTried = false;
    }
  } catch (err) {
    const head = withCookieChanges(errorHead(hop.url.href, failure(err, hop.url), redirects, sent));
    opts.onHead?.(head);
    return finish(head, emptyTrailer());
  }

  const kept = keptHeaders(response.rawHeaders, MAX_RESPONSE_HEADERS);
  const head: RelayHead = withCookieChanges({
    status: response.statusCode ?? 0,
    statusText: response.statusMessage ?? '',
    httpVersion: response.httpVersion,
    url: hop.url.href,
    headers: kept.headers,
    ...(kept.dropped > 0 ? { headersDropped: kept.dropped } : {}),
    headersSize: responseHeadSize(response),
    redirects,
    ...(sent ? { sent } : {}),
  });
  opts.onHead?.(head);
  // Once the head is in, the budget counts silence, not total time: a big body that keeps
  // arriving is never cut, one that stops for `budget` ms is.
  clearTimeout(timer);
  const idle = setTimeout(
    () => controller.abort(new RelayFailure('TIMEOUT', `Timed out: the body stopped arriving (nothing for ${budget} ms). The server may have stalled; try a longer timeout.`)),
    budget,
  );
  const collect = opts.onChunk ?? ((c: Uint8Array) => void chunks.push(c));
  const onChunk = (c: Uint8Array) => {
    idle.refresh();
    return collect(c);
  };
  const stats = { truncated: false, bodySize: 0, wireSize: 0 };
  let error: TransportError | undefined;
  try {
    Object.assign(stats, await streamBody(response, hop.method, limits.maxResponseBodyBytes, onChunk));
  } catch (err) {
    error = failure(err, hop.url);
  } finally {
    clearTimeout(idle);
  }
  const trailer: RelayTrailer = { ...stats, timing: timing(), ...(error ? { error } : {}) };
  return finish(head, trailer);
}
