import http from 'node:http';
import { CALL_CONTENT_TYPE, CALL_MAGIC, RELAY_PATH, RELAY_TOKEN_HEADER, decodeFrame, encodeCallHead, type RelayRequest } from '../../core/relay/protocol';
import type { RunningServer } from '../startServer';

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw HTTP call from a test "page" (node:http, so Host and Origin can be forged). */
export function rawCall(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path ?? '/', headers: opts.headers, setHost: !opts.headers?.Host, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The headers Reqlab's own page sends. */
export function pageHeaders(server: RunningServer): Record<string, string> {
  return {
    Host: `127.0.0.1:${server.port}`,
    Origin: `http://127.0.0.1:${server.port}`,
    [RELAY_TOKEN_HEADER]: server.token,
    'Content-Type': CALL_CONTENT_TYPE,
  };
}

/** A relay request for a test; `body` is sent after the head, as the page sends it. */
export type TestRelayRequest = RelayRequest & { body?: Buffer };

export function relayRequest(partial: Partial<TestRelayRequest> & { url: string }): TestRelayRequest {
  return { method: 'GET', headers: [], timeoutMs: 0, followRedirects: true, maxRedirects: 10, ...partial };
}

/** A call whose head is any text (to test malformed heads), with no body. */
export function callWithHeadText(text: string): Buffer {
  const json = Buffer.from(text);
  const prefix = Buffer.alloc(12);
  prefix.write(CALL_MAGIC, 0, 'latin1');
  prefix.writeUInt32BE(json.length, 8);
  return Buffer.concat([prefix, json]);
}

/** The bytes of a relay call: the head (with `bodySize`), then the body. A head alone can be any JSON value. */
export function callBytes(req: TestRelayRequest | unknown): Buffer {
  if (req === null || typeof req !== 'object' || Array.isArray(req)) return callWithHeadText(JSON.stringify(req));
  const { body, ...head } = req as TestRelayRequest;
  return Buffer.concat([encodeCallHead(body ? { ...head, bodySize: body.length } : head), body ?? Buffer.alloc(0)]);
}

/** Sends a relay call as the page would and decodes the frame. */
export async function relay(server: RunningServer, req: TestRelayRequest) {
  const reply = await rawCall(server.port, {
    method: 'POST',
    path: RELAY_PATH,
    headers: pageHeaders(server),
    body: callBytes(req),
  });
  if (reply.status !== 200) throw new Error(`relay answered ${reply.status}: ${reply.body.toString()}`);
  return decodeFrame(new Uint8Array(reply.body));
}
