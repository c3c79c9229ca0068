import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';

export type Req = IncomingMessage;
export type Res = ServerResponse;

/** Sends a JSON body with an exact Content-Length. Node drops the body itself for HEAD. */
export function sendJson(res: Res, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8');
  sendBytes(res, status, body, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

export function sendBytes(res: Res, status: number, body: Uint8Array, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Length', String(body.byteLength));
  res.end(body);
}

/** 204, 304 and 1xx responses must not carry a body (RFC 9110 §6.4.1). */
export function sendEmpty(res: Res, status: number, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (status !== 204 && status !== 304) res.setHeader('Content-Length', '0');
  res.end();
}

export interface Problem {
  type?: string;
  title?: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
  [extra: string]: unknown;
}

/** RFC 9457 problem details: what went wrong, in a body a client can show as is. */
export function sendProblem(res: Res, status: number, problem: Problem, headers: Record<string, string> = {}): void {
  const body = {
    type: problem.type ?? 'about:blank',
    title: problem.title ?? STATUS_CODES[status] ?? 'Error',
    status,
    ...problem,
  };
  const bytes = Buffer.from(JSON.stringify(body, null, 2) + '\n', 'utf8');
  sendBytes(res, status, bytes, { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers });
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than the sandbox accepts (${limit} bytes).`);
  }
}

/**
 * Reads the whole request body, refusing it past `limit` bytes.
 * A declared Content-Length over the limit is refused before anything is read.
 */
export async function readBody(req: Req, limit: number): Promise<Buffer> {
  return (await readBodyKeeping(req, limit, limit)).kept;
}

/**
 * Reads the request body to its end, refusing it past `limit` bytes, but keeps only its first
 * `keep` bytes in memory: `onChunk` sees every byte (to hash it), so a big upload costs no memory.
 */
export function readBodyKeeping(req: Req, limit: number, keep: number, onChunk?: (chunk: Buffer) => void): Promise<{ kept: Buffer; size: number }> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let keptSize = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        return;
      }
      onChunk?.(chunk);
      if (keptSize < keep) {
        const part = chunk.length <= keep - keptSize ? chunk : chunk.subarray(0, keep - keptSize);
        chunks.push(part);
        keptSize += part.length;
      }
    });
    req.on('end', () => {
      if (!failed) resolve({ kept: Buffer.concat(chunks, keptSize), size });
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
      failed = true;
    });
    req.on('close', () => {
      // A client that goes away mid-upload may close without 'end' or 'error'.
      if (!failed && !req.complete) reject(new Error('The client closed the connection before the body ended.'));
      failed = true;
    });
  });
}

/** Answers 413 and closes the connection, so an unread upload is not kept flowing. */
export function sendTooLarge(req: Req, res: Res, error: BodyTooLargeError): void {
  sendProblem(res, 413, { detail: error.message, limit: error.limit }, { Connection: 'close' });
  // Keep reading (and discarding) so the client sees the answer rather than a reset mid-upload.
  req.resume();
}

/** `Content-Type` without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function mediaType(req: Req): string {
  const value = req.headers['content-type'] ?? '';
  return value.split(';')[0]!.trim().toLowerCase();
}

export function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
}

/** Adds to Vary instead of replacing it (CORS already varies on Origin). */
export function appendVary(res: Res, field: string): void {
  const current = res.getHeader('Vary');
  const fields = current ? String(current).split(',').map((f) => f.trim()) : [];
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) fields.push(field);
  res.setHeader('Vary', fields.join(', '));
}

/** The whole body, or undefined once a body over `limit` has been answered 413 (the route then stops). */
export async function readBodyOrRefuse(req: Req, res: Res, limit: number): Promise<Buffer | undefined> {
  return (await readKeepingOrRefuse(req, res, limit, limit))?.kept;
}

/** readBodyKeeping, or undefined once a body over `limit` has been answered 413. */
export async function readKeepingOrRefuse(req: Req, res: Res, limit: number, keep: number, onChunk?: (chunk: Buffer) => void) {
  try {
    return await readBodyKeeping(req, limit, keep, onChunk);
  } catch (e) {
    if (e instanceof BodyTooLargeError) {
      sendTooLarge(req, res, e);
      return undefined;
    }
    throw e;
  }
}
