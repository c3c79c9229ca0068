import { LAB_BODY_LIMIT, type LabEntry } from '../../../core/model/lab.ts';
import type { Req, Res } from '../respond.ts';

/** How long the log waits, after the answer, for the rest of a request body. */
const BODY_WAIT_MS = 2000;

type Captured = Omit<LabEntry, 'seq' | 'at' | 'path' | 'query' | 'before' | 'after'>;

/** Keeps the first LAB_BODY_LIMIT bytes of a stream of chunks, and whether there was more. */
function bodyKeeper() {
  const chunks: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  return {
    add(chunk: unknown, encoding?: BufferEncoding) {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk as Uint8Array);
      const room = LAB_BODY_LIMIT - kept;
      if (bytes.byteLength > room) truncated = true;
      if (room <= 0) return;
      const part = bytes.subarray(0, room);
      chunks.push(part);
      kept += part.byteLength;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
    truncated: () => truncated,
  };
}

function headerRecord(headers: Record<string, number | string | string[] | undefined>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    record[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return record;
}

/**
 * Watches one exchange without changing it: the request body through a second 'data' listener (the route
 * handlers attach theirs in the same tick, before any chunk arrives), the response through write/end.
 * Calls `done` once the response has been handed to the socket.
 */
export function recordExchange(req: Req, res: Res, done: (captured: Captured) => void): void {
  const requestBody = bodyKeeper();
  const responseBody = bodyKeeper();
  req.on('data', (chunk: Buffer) => requestBody.add(chunk));
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Res;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    responseBody.add(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined);
    return write(chunk, ...rest);
  }) as Res['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    responseBody.add(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined);
    return end(chunk, ...rest);
  }) as Res['end'];
  // A route may answer before the request body has come in (a 415, a redirect), and a client may
  // send the body after the headers (Python's http.client does): log once both have ended.
  const bodyEnded = new Promise<void>((resolve) => {
    if (req.readableEnded) return resolve();
    req.once('end', resolve);
    req.once('close', resolve);
    setTimeout(resolve, BODY_WAIT_MS).unref();
  });
  res.once('finish', () =>
    void bodyEnded.then(() => done({
      method: req.method ?? 'GET',
      headers: headerRecord(req.headers),
      body: requestBody.text(),
      bodyTruncated: requestBody.truncated(),
      status: res.statusCode,
      responseHeaders: headerRecord(res.getHeaders()),
      responseBody: req.method === 'HEAD' ? '' : responseBody.text(),
      responseBodyTruncated: responseBody.truncated(),
    })),
  );
}
