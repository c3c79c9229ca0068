import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { appendVary, sendBytes, type Req, type Res } from './respond.ts';

const ENCODERS = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync } as const;
export type Encoding = keyof typeof ENCODERS;
const FLAGS: Record<Encoding, string> = { gzip: 'gzipped', deflate: 'deflated', br: 'brotli' };

/**
 * `/sandbox/gzip`, `/sandbox/deflate`, `/sandbox/brotli`: JSON compressed with that encoding,
 * whatever the request's Accept-Encoding says (so a client's decoding can be checked).
 */
export function handleEncoded(req: Req, res: Res, encoding: Encoding): void {
  req.resume();
  const value = {
    [FLAGS[encoding]]: true,
    method: req.method,
    message: `The server compressed this body with ${encoding}.`,
    acceptEncoding: req.headers['accept-encoding'] ?? null,
  };
  const json = JSON.stringify(value, null, 2);
  appendVary(res, 'Accept-Encoding');
  sendBytes(res, 200, ENCODERS[encoding](Buffer.from(json + '\n', 'utf8')), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Encoding': encoding,
  });
}
