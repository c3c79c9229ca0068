import type { IncomingMessage } from 'node:http';
import { Transform, pipeline, type Readable } from 'node:stream';
import { decodersForContentEncoding } from './decoding.ts';

export interface BodyStats {
  wireSize: number;
  bodySize: number;
  truncated: boolean;
}

const NO_BODY_STATUSES = new Set([204, 304]);

/**
 * Reads the response body: counts wire bytes, undoes Content-Encoding, stops at `cap`
 * decoded bytes. `onChunk` may return a promise to apply backpressure all the way to the socket.
 * Throws the stream's error when the body breaks off.
 */
export async function streamBody(
  response: IncomingMessage,
  method: string,
  cap: number,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<BodyStats> {
  const stats: BodyStats = { wireSize: 0, bodySize: 0, truncated: false };
  if (method.toUpperCase() === 'HEAD' || NO_BODY_STATUSES.has(response.statusCode ?? 0)) {
    response.on('error', () => {});
    response.resume();
    return stats;
  }
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      stats.wireSize += chunk.length;
      cb(null, chunk);
    },
  });
  const enc = response.headers['content-encoding'];
  const { decoders } = decodersForContentEncoding(enc === undefined ? [] : [enc]);
  const streams: (Readable | Transform)[] = [response, counter, ...decoders];
  const last = streams[streams.length - 1] as Readable;
  let pipelineError: Error | null = null;
  pipeline(streams as [Readable, ...Transform[]], (err) => {
    if (err) pipelineError = err;
  });
  try {
    for await (const chunk of last as AsyncIterable<Buffer>) {
      const room = cap - stats.bodySize;
      if (chunk.length > room) {
        if (room > 0) {
          stats.bodySize += room;
          await onChunk(new Uint8Array(chunk.buffer, chunk.byteOffset, room));
        }
        stats.truncated = true;
        break;
      }
      stats.bodySize += chunk.length;
      await onChunk(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
    }
  } catch (err) {
    throw pipelineError ?? err;
  } finally {
    if (stats.truncated || !response.complete) response.destroy();
  }
  return stats;
}
