/**
 * The wire protocol between the page and the local relay. Pure TypeScript: the server
 * (Node) and the RelaySender (browser) both use it.
 *
 * Request: POST RELAY_PATH, header RELAY_TOKEN_HEADER, a binary call, so that the body is never
 * base64 inside JSON (which swelled a 60 MB upload to hundreds of MB in the server and the tab):
 *   CALL_MAGIC (8 bytes) | u32 BE head length | head JSON (RelayRequest) | exactly `bodySize` body bytes
 * The page sends it as a Blob of [head, body or the picked File], so a file is streamed from disk.
 * Response (200): a binary frame, so that bodies of hundreds of MB stay binary-safe
 * and can be streamed:
 *   MAGIC (8 bytes) | u32 BE head length | head JSON (RelayHead) | body bytes … |
 *   trailer JSON (RelayTrailer) | u32 BE trailer length
 * The head arrives first (status shows early); the trailer, written last, carries the
 * timing and the truncation flag that are only known at the end.
 * Errors that happen before the head (DNS, refused …) are a 200 frame with a head whose
 * `error` is set and no body. A refused relay call (security) is a 403 JSON RelayRefusal;
 * a malformed one a 400 JSON RelayRefusal.
 */
import type { CookieChanges, RedirectHop, SentRequest, StoredCookie, TimingPhases, TransportError } from '../model';

export const RELAY_PATH = '/__reqlab/relay';
export const RELAY_TOKEN_HEADER = 'x-reqlab-token';
/** The served index.html carries the token in <meta name=RELAY_TOKEN_META content=…>. */
export const RELAY_TOKEN_META = 'reqlab-relay-token';
/** …and the largest request body its relay forwards (`--max-request-mb`), so the page can refuse a bigger file before reading it. */
export const RELAY_MAX_REQUEST_META = 'reqlab-relay-max-request-bytes';
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 100 * 1024 * 1024;
export const FRAME_MAGIC = 'RQLBFRM1';
export const CALL_MAGIC = 'RQLBCAL1';
export const CALL_CONTENT_TYPE = 'application/x-reqlab-relay-call';

export interface RelayRequest {
  method: string;
  url: string;
  headers: [string, string][];
  /** How many body bytes follow the head in the call (0 or absent: no body). */
  bodySize?: number;
  timeoutMs: number;
  followRedirects: boolean;
  maxRedirects: number;
  digest?: { username: string; password: string };
  ntlm?: { username: string; password: string; domain: string; workstation: string };
  /** The page's cookie jar: when present, the relay sends matching cookies on every hop and reports what responses changed. */
  cookies?: StoredCookie[];
}

/** Response headers kept per response; the rest are counted (`headersDropped`), never silently lost. */
export const MAX_RESPONSE_HEADERS = 10_000;

export interface RelayHead {
  error?: TransportError;
  status: number;
  statusText: string;
  httpVersion: string;
  url: string;
  headers: [string, string][];
  headersSize?: number;
  /** Headers past MAX_RESPONSE_HEADERS, counted but not kept. */
  headersDropped?: number;
  redirects: RedirectHop[];
  sent?: SentRequest;
  /** What Set-Cookie headers on the way did to the jar (only when the call carried `cookies`). */
  cookieChanges?: CookieChanges;
}

export interface RelayTrailer {
  error?: TransportError;
  truncated: boolean;
  bodySize: number;
  wireSize: number;
  timing: TimingPhases;
}

export interface RelayRefusal {
  error: { code: 'RELAY_REFUSED' | 'INVALID_REQUEST' | 'RELAY_BUSY'; message: string };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function magicHead(magic: string, value: unknown): Uint8Array<ArrayBuffer> {
  const json = encoder.encode(JSON.stringify(value));
  const out = new Uint8Array(8 + 4 + json.length);
  out.set(encoder.encode(magic), 0);
  new DataView(out.buffer).setUint32(8, json.length);
  out.set(json, 12);
  return out;
}

export function encodeFrameHead(head: RelayHead): Uint8Array {
  return magicHead(FRAME_MAGIC, head);
}

/** The start of a relay call: the body (`req.bodySize` bytes) follows it. */
export function encodeCallHead(req: RelayRequest): Uint8Array<ArrayBuffer> {
  return magicHead(CALL_MAGIC, req);
}

export function encodeFrameTrailer(trailer: RelayTrailer): Uint8Array {
  const json = encoder.encode(JSON.stringify(trailer));
  const out = new Uint8Array(json.length + 4);
  out.set(json, 0);
  new DataView(out.buffer).setUint32(json.length, json.length);
  return out;
}

/** Reads the head once enough bytes arrived; returns null until then. */
export function tryDecodeFrameHead(bytes: Uint8Array): { head: RelayHead; bodyOffset: number } | null {
  if (bytes.length < 12) return null;
  if (decoder.decode(bytes.subarray(0, 8)) !== FRAME_MAGIC) throw new Error('Not a relay frame');
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8);
  if (bytes.length < 12 + len) return null;
  const head = JSON.parse(decoder.decode(bytes.subarray(12, 12 + len))) as RelayHead;
  return { head, bodyOffset: 12 + len };
}

/** Splits a complete frame into head, body and trailer. */
export function decodeFrame(bytes: Uint8Array): { head: RelayHead; body: Uint8Array; trailer: RelayTrailer } {
  const start = tryDecodeFrameHead(bytes);
  if (!start) throw new Error('Relay frame is incomplete');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tlen = view.getUint32(bytes.length - 4);
  const tstart = bytes.length - 4 - tlen;
  if (tstart < start.bodyOffset) throw new Error('Relay frame trailer is malformed');
  const trailer = JSON.parse(decoder.decode(bytes.subarray(tstart, bytes.length - 4))) as RelayTrailer;
  return { head: start.head, body: bytes.subarray(start.bodyOffset, tstart), trailer };
}
