import { createHash } from 'node:crypto';
import { parseMultipart, type ReceivedFile } from './multipart.ts';
import { mediaType, readKeepingOrRefuse, sendJson, type Req, type Res } from './respond.ts';
import { parseQuery, type Target } from './url.ts';

export interface EchoedBody {
  /** Of the whole body, however large. */
  size: number;
  sha256: string;
  /** Set when the body was longer than the echo keeps: text, JSON and form describe only the first `keptBytes`. */
  cut?: { keptBytes: number; reason: string };
  text?: string;
  base64?: string;
  json?: unknown;
  form?: [string, string][];
  files?: ReceivedFile[];
  /** Why a form body could not be read, when it claimed to be one. */
  formError?: string;
}

/** What `/sandbox/anything` answers: the one description of the echo that tests and oracles read. */
export interface SandboxEcho {
  method: string;
  url: string;
  path: string;
  rawQuery: string;
  /** Names and values decoded, in order, repeats kept. */
  query: [string, string][];
  httpVersion: string;
  /** As received, in order. */
  headers: [string, string][];
  body: EchoedBody;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The echo describes at most this much of a body: past it, the size and SHA-256 still cover every
 * byte, but the text is cut (and says so), so eight 60 MB uploads at once do not fill the server.
 */
export const ECHO_KEEP_BYTES = 1024 * 1024;

/** `/sandbox/anything[/…]`, any method: the request as the server received it. */
export async function handleAnything(req: Req, res: Res, target: Target, maxBytes: number): Promise<void> {
  const hash = createHash('sha256');
  const read = await readKeepingOrRefuse(req, res, maxBytes, ECHO_KEEP_BYTES, (chunk) => hash.update(chunk));
  if (!read) return;
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  const echo: SandboxEcho = {
    method: req.method ?? '',
    url: req.url ?? '',
    path: target.path,
    rawQuery: target.rawQuery,
    query: parseQuery(target.rawQuery),
    httpVersion: req.httpVersion,
    headers,
    body: await describeBody(req, read.kept, { size: read.size, sha256: hash.digest('hex') }),
  };
  sendJson(res, 200, echo);
}

function decodeCutText(raw: Buffer): string {
  for (let drop = 0; drop <= 3 && drop <= raw.length; drop++) {
    try {
      return strictUtf8.decode(raw.subarray(0, raw.length - drop));
    } catch {
      // try one byte shorter
    }
  }
  return strictUtf8.decode(raw);
}

/** `whole`: the size and hash of the whole body, when `raw` is only its first bytes. */
export async function describeBody(req: Req, raw: Buffer, whole?: { size: number; sha256: string }): Promise<EchoedBody> {
  const body: EchoedBody = whole ?? { size: raw.length, sha256: createHash('sha256').update(raw).digest('hex') };
  if (body.size > raw.length) {
    body.cut = { keptBytes: raw.length, reason: `The echo shows only the first ${raw.length} of ${body.size} bytes; size and sha256 cover them all.` };
  }
  let text: string | undefined;
  try {
    // A cut may fall inside a UTF-8 sequence: up to 3 bytes of it are left out of the text.
    text = body.cut ? decodeCutText(raw) : strictUtf8.decode(raw);
    body.text = text;
  } catch {
    body.base64 = raw.toString('base64');
  }
  if (body.cut) {
    if (mediaType(req) === 'multipart/form-data' || mediaType(req) === 'application/x-www-form-urlencoded') body.formError = 'The form was not parsed: the body is longer than the echo keeps.';
    return body;
  }
  if (text !== undefined && text.trim() !== '') {
    try {
      body.json = JSON.parse(text);
    } catch {
      // Not JSON: the text is shown as is.
    }
  }
  const type = mediaType(req);
  if (type === 'application/x-www-form-urlencoded' && text !== undefined) {
    body.form = [...new URLSearchParams(text)];
  } else if (type === 'multipart/form-data') {
    try {
      const parsed = await parseMultipart(req.headers, raw);
      body.form = parsed.form;
      body.files = parsed.files;
    } catch (error) {
      body.formError = error instanceof Error ? error.message : String(error);
    }
  }
  return body;
}
