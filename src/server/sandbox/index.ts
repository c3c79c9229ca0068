import type { IncomingMessage, ServerResponse } from 'node:http';
import { BookStore } from './books/store.ts';
import { applyCors, answerPreflight, isPreflight } from './cors.ts';
import { createDigestAuth } from './digest.ts';
import { routeSandbox } from './router.ts';
import { sendProblem } from './respond.ts';
import { isSandboxPath, splitTarget } from './url.ts';

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
};

let lastHandler: SandboxHandler | undefined;

/** Connect-style middleware for `/sandbox` and `/sandbox/…`; anything else goes to `next()`. */
export function createSandboxHandler(options: SandboxOptions = {}): SandboxHandler {
  const context = {
    maxDelayMs: options.maxDelayMs ?? 10_000,
    maxBytes: options.maxBytes ?? 100 * 1024 * 1024,
    maxJsonMb: options.maxJsonMb ?? 1024,
    books: new BookStore(),
    digest: createDigestAuth(),
  };
  const handler = ((req, res, next) => {
    const url = req.url ?? '/';
    if (!isSandboxPath(url)) return next();
    const target = splitTarget(url);
    const noCors = target.segments[0] === 'no-cors';
    if (!noCors) {
      applyCors(req, res);
      if (isPreflight(req)) return answerPreflight(req, res);
    }
    routeSandbox(req, res, target, context).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const detail = error instanceof Error ? error.message : String(error);
      sendProblem(res, 500, { detail: `The sandbox failed on this request: ${detail}` });
    });
  }) as SandboxHandler;
  handler.reset = () => context.books.reset();
  lastHandler = handler;
  return handler;
}

/** Restores the seed books of the most recently created handler. */
export function resetSandbox(): void {
  lastHandler?.reset();
}
