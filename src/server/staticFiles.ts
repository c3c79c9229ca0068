import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { injectTokenMeta } from './html.ts';
import { mimeTypeFor } from './mime.ts';
import { APP_PAGE_HEADERS } from './securityHeaders.ts';

export type NextFn = (err?: unknown) => void;

async function fileAt(path: string): Promise<number | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built app from `distDir`. index.html (also the SPA fallback for extension-less
 * paths) carries the relay token and is never cached; hashed assets are cached for good.
 */
export function createStaticHandler(distDir: string, token: string, maxRequestBytes?: number) {
  const root = resolve(distDir);

  async function sendIndex(req: IncomingMessage, res: ServerResponse, next: NextFn): Promise<void> {
    let html: string;
    try {
      html = await readFile(join(root, 'index.html'), 'utf8');
    } catch {
      next();
      return;
    }
    const body = Buffer.from(injectTokenMeta(html, token, maxRequestBytes));
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...APP_PAGE_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return async function staticHandler(req: IncomingMessage, res: ServerResponse, next: NextFn): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return next();
    }
    // Dot-named entries (an in-progress build, .DS_Store) are not part of the app.
    if (pathname.split('/').some((segment) => segment.startsWith('.'))) return next();
    const file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) return next();
    if (pathname === '/' || pathname === '/index.html') return sendIndex(req, res, next);
    const size = await fileAt(file);
    if (size === null) {
      // Client-side routes have no extension; a missing asset is a real 404.
      if (!extname(pathname)) return sendIndex(req, res, next);
      return next();
    }
    res.writeHead(200, {
      'Content-Type': mimeTypeFor(file),
      'Content-Length': size,
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };
}
