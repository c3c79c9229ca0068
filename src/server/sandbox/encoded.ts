import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { sendBytes, type Req, type Res } from './respond';

const ENCODERS = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync } as const;
export type Encoding = keyof typeof ENCODERS;

/**
 * `/sandbox/gzip`, `/sandbox/deflate`, `/sandbox/brotli`: JSON compressed with that encoding,
 * whatever the request's Accept-Encoding says (so a client's decoding can be checked).
 */
export function handleEncoded(req: Req, res: Res, encoding: Encoding): void {
  req.resume();
  const json = JSON.stringify(
    { [encoding === 'br' ? 'brotli' : encoding === 'gzip' ? 'gzipped' : 'deflated']: true, method: req.method, message: 'This body was compressed by the server.', acceptEncoding: req.headers['accept-encoding'] ?? null },
    null,
    2,
  );
  sendBytes(res, 200, ENCODERS[encoding](Buffer.from(json + '\n', 'utf8')), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Encoding': encoding,
    Vary: 'Accept-Encoding',
  });
}
