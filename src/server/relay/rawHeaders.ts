import type { IncomingMessage } from 'node:http';

/** rawHeaders is a flat [name, value, name, value …] list: order and repeats as received. */
export function pairsFromRaw(raw: string[], max = Infinity): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length && out.length < max; i += 2) out.push([raw[i]!, raw[i + 1]!]);
  return out;
}

/** The response's headers up to `max`, and how many more there were. */
export function keptHeaders(raw: string[], max: number): { headers: [string, string][]; dropped: number } {
  const headers = pairsFromRaw(raw, max);
  return { headers, dropped: Math.floor(raw.length / 2) - headers.length };
}

/** Bytes of the status line and header block as they were on the wire (HTTP/1.x framing). */
export function responseHeadSize(response: IncomingMessage): number {
  const statusLine = `HTTP/${response.httpVersion} ${response.statusCode} ${response.statusMessage ?? ''}`.trimEnd();
  let size = Buffer.byteLength(statusLine) + 2;
  for (const [name, value] of pairsFromRaw(response.rawHeaders)) {
    size += Buffer.byteLength(name) + 2 + Buffer.byteLength(value) + 2;
  }
  return size + 2;
}
