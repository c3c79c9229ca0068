import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { ClientRequest } from 'node:http';
import { pipeline } from 'node:stream';

/**
 * A large upload the relay wrote to a private temporary file as it arrived, so that the server's
 * memory does not grow with the body. Each hop reads it again: a 307/308 redirect, a digest or an
 * NTLM retry resend the same bytes.
 */
export interface SpooledBody {
  kind: 'spooled';
  size: number;
  path: string;
}

/** A request body as the relay sends it: bytes in memory (small ones, the CLI) or a spooled upload. */
export type OutgoingBody = Uint8Array | SpooledBody;

export function outgoingBodySize(body: OutgoingBody | null): number {
  if (!body) return 0;
  return body instanceof Uint8Array ? body.byteLength : body.size;
}

/** Writes the body and ends the request; a spooled body is streamed from disk with backpressure. */
export function endWithBody(req: ClientRequest, body: OutgoingBody | null): void {
  if (!body || outgoingBodySize(body) === 0) {
    req.end();
    return;
  }
  if (body instanceof Uint8Array) {
    req.end(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    return;
  }
  // An upstream that answers early (a 401 before reading) ends the pipe; the hop reports its response.
  pipeline(createReadStream(body.path), req, () => undefined);
}

export async function removeSpooled(body: OutgoingBody | null): Promise<void> {
  if (body && !(body instanceof Uint8Array)) await rm(body.path, { force: true });
}
