import type { IncomingMessage, ServerResponse } from 'node:http';
import { BookStore } from './books/store.ts';
import { applyCors, answerPreflight, isPreflight } from './cors.ts';
import { createDigestAuth } from './digest.ts';
import { createOAuthServer } from './oauth/handleOAuth.ts';
import { routeSandbox } from './router.ts';
import { sendProblem } from './respond.ts';
import { isSandboxPath, splitTarget, type Target } from './url.ts';
import { Labs } from './lab/labs.ts';
import { recordExchange } from './lab/recordExchange.ts';
import { routeLab } from './lab/routeLab.ts';
import { RateLimit } from './rateLimit.ts';

export interface SandboxOptions {
  /** Cap for `/sandbox/delay/<ms>` and `/sandbox/drip` durations. Default 10 000 ms. */
  maxDelayMs?: number;
  /** Cap for request bodies (`/sandbox/anything`, 413 beyond) and `/sandbox/bytes/<n>`. Default 100 MB. */
  maxBytes?: number;
  /** Cap for `/sandbox/json?mb=<n>`. Default 1024 MB. */
  maxJsonMb?: number;
}

export type SandboxHandler = ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) & {
  /** Restores the seed books, as `POST /sandbox/reset` does. */
  reset: () => void;
  /** Tells the sandbox its second, cross-origin address (`http://127.0.0.1:<port>`), which `GET /sandbox` reports. */
  setCrossOrigin: (origin: string | undefined) => void;
};

let lastHandler: SandboxHandler | undefined;

/** Connect-style middleware for `/sandbox` and `/sandbox/…`; anything else goes to `next()`. */
export function createSandboxHandler(options: SandboxOptions = {}): SandboxHandler {
  const context = {
    maxDelayMs: options.maxDelayMs ?? 10_000,
    maxBytes: options.maxBytes ?? 100 * 1024 * 1024,
    maxJsonMb: options.maxJsonMb ?? 1024,
    books: new BookStore(),
    base: '/sandbox',
    limit: new RateLimit(),
    crossOrigin: (): string | undefined => undefined,
    digest: createDigestAuth(),
    oauth: createOAuthServer(),
  };
  let crossOrigin: string | undefined;
  context.crossOrigin = () => crossOrigin;
  const labs = new Labs();
  const serve = (req: IncomingMessage, res: ServerResponse, target: Target, routeContext: typeof context) => {
    const noCors = target.segments[0] === 'no-cors';
    if (!noCors) {
      applyCors(req, res);
      if (isPreflight(req)) return answerPreflight(req, res);
    }
    routeSandbox(req, res, target, routeContext).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const detail = error instanceof Error ? error.message : String(error);
      sendProblem(res, 500, { detail: `The sandbox failed on this request: ${detail}` });
    });
  };
  const handler = ((req, res, next) => {
    const url = req.url ?? '/';
    if (!isSandboxPath(url)) return next();
    const target = splitTarget(url);
    if (target.segments[0] !== 'lab') return serve(req, res, target, context);
    // The lab's own controls are readable from any origin; inside, serve() decides (no-cors stays closed).
    if (target.segments[2] !== 'no-cors') applyCors(req, res);
    const routing = routeLab(req, res, target, labs);
    if (routing.kind === 'handled') return;
    const { lab, inner, path } = routing;
    const before = JSON.stringify(lab.state());
    recordExchange(req, res, (captured) => {
      const after = JSON.stringify(lab.state());
      const changed = after !== before ? { before: JSON.parse(before) as [], after: lab.state() } : {};
      lab.log({ at: Date.now(), path, query: target.rawQuery, ...captured, ...changed });
    });
    serve(req, res, inner, { ...context, books: lab.books, limit: lab.limit, base: `/sandbox/lab/${routing.id}` });
  }) as SandboxHandler;
  handler.reset = () => context.books.reset();
  handler.setCrossOrigin = (origin) => {
    crossOrigin = origin;
  };
  lastHandler = handler;
  return handler;
}

/** Restores the seed books of the most recently created handler. */
export function resetSandbox(): void {
  lastHandler?.reset();
}
