import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_MAGIC, type RelayRequest } from '../../core/relay/protocol.ts';
import type { Ticket } from './admission.ts';
import type { OutgoingBody } from './outgoingBody.ts';
import { parseRelayRequest } from './parseRelayRequest.ts';

/** Bodies up to this size stay in memory; larger ones are spooled to a private temporary file. */
export const IN_MEMORY_BODY_BYTES = 1024 * 1024;
/** The call's JSON head (URL, headers, cookies) is bounded on its own, apart from the body. */
export const MAX_CALL_HEAD_BYTES = 16 * 1024 * 1024;

export type RelayCall =
  | { kind: 'call'; request: RelayRequest; body: OutgoingBody | null }
  /** Its head says the body is over the limit: nothing of the body is kept, the handler answers. */
  | { kind: 'too-large'; request: RelayRequest; size: number }
  | { kind: 'malformed'; message: string }
  | { kind: 'busy' }
  | { kind: 'gone' };

const magic = Buffer.from(CALL_MAGIC);

/**
 * Reads a relay call (CALL_MAGIC | u32 head length | head JSON | body) as it arrives. Memory held
 * is the head, and the body only when it is small: a large body goes to disk with backpressure.
 */
export function readRelayCall(req: IncomingMessage, maxBodyBytes: number, ticket: Ticket): Promise<RelayCall> {
  return new Promise((resolve) => {
    let settled = false;
    let head = Buffer.alloc(0);
    let request: RelayRequest | undefined;
    let expected = 0;
    let received = 0;
    const memory: Buffer[] = [];
    let spool: { path: string; stream: WriteStream } | undefined;

    const settle = (outcome: RelayCall) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      if (outcome.kind !== 'call') {
        memory.length = 0;
        if (spool) {
          spool.stream.destroy();
          void rm(spool.path, { force: true });
        }
        // Read what is left and drop it, so the page sees the answer rather than a reset upload.
        req.resume();
      }
      resolve(outcome);
    };

    const takeBody = (chunk: Buffer) => {
      received += chunk.length;
      if (received > expected) {
        settle({ kind: 'malformed', message: `The relay call carried more than the ${expected} body bytes its head announced.` });
        return;
      }
      if (!spool) {
        if (!ticket.hold(chunk.length)) return settle({ kind: 'busy' });
        memory.push(chunk);
        return;
      }
      if (!spool.stream.write(chunk)) {
        req.pause();
        spool.stream.once('drain', () => req.resume());
      }
    };

    const onHeadComplete = (rest: Buffer) => {
      const parsed = parseRelayRequest(head.toString('utf8'));
      head = Buffer.alloc(0);
      if (!parsed.ok) return settle({ kind: 'malformed', message: parsed.message });
      request = parsed.value;
      expected = request.bodySize ?? 0;
      if (expected > maxBodyBytes) return settle({ kind: 'too-large', request, size: expected });
      if (expected > IN_MEMORY_BODY_BYTES) {
        const path = join(tmpdir(), `reqlab-upload-${randomUUID()}`);
        const stream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
        stream.on('error', (err) => settle({ kind: 'malformed', message: `The relay could not keep the upload on disk: ${err.message}` }));
        spool = { path, stream };
      }
      if (rest.length > 0) takeBody(rest);
    };

    let headLength: number | undefined;
    const onData = (chunk: Buffer) => {
      if (request) return takeBody(chunk);
      if (!ticket.hold(chunk.length)) return settle({ kind: 'busy' });
      head = Buffer.concat([head, chunk]);
      if (head.length < 12) return;
      if (!head.subarray(0, 8).equals(magic)) {
        return settle({ kind: 'malformed', message: 'The relay call is not in Reqlab\'s call format. Reload the page: it may come from an older Reqlab.' });
      }
      headLength ??= head.readUInt32BE(8);
      if (headLength > MAX_CALL_HEAD_BYTES) {
        return settle({ kind: 'malformed', message: `The relay call's head is ${headLength} bytes, over its limit of ${MAX_CALL_HEAD_BYTES}.` });
      }
      if (head.length < 12 + headLength) return;
      const rest = head.subarray(12 + headLength);
      head = head.subarray(12, 12 + headLength);
      onHeadComplete(Buffer.from(rest));
    };

    req.on('data', onData);
    req.on('error', () => settle({ kind: 'gone' }));
    req.on('close', () => {
      if (!req.complete) settle({ kind: 'gone' });
    });
    req.on('end', () => {
      if (settled) return;
      if (!request) return settle({ kind: 'malformed', message: 'The relay call ended before its head was complete.' });
      if (received < expected) {
        return settle({ kind: 'malformed', message: `The relay call ended after ${received} of the ${expected} body bytes its head announced.` });
      }
      const call = request;
      if (!spool) {
        const bytes = Buffer.concat(memory, received);
        return settle({ kind: 'call', request: call, body: expected > 0 ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null });
      }
      const { path, stream } = spool;
      stream.end(() => settle({ kind: 'call', request: call, body: { kind: 'spooled', size: expected, path } }));
    });
  });
}
