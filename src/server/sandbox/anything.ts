import { createHash } from 'node:crypto';
import { parseMultipart, type ReceivedFile } from './multipart.ts';
import { mediaType, sendJson, readBodyOrRefuse, type Req, type Res } from './respond.ts';
import { parseQuery, type Target } from './url.ts';

export interface EchoedBody {
  size: number;
  sha256: string;
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

/** `/sandbox/anything[/…]`, any method: the request as the server received it. */
export async function handleAnything(req: Req, res: Res, target: Target, maxBytes: number): Promise<void> {
  const raw = await readBodyOrRefuse(req, res, maxBytes);
  if (!raw) return;
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
    body: await describeBody(req, raw),
  };
  sendJson(res, 200, echo);
}

export async function describeBody(req: Req, raw: Buffer): Promise<EchoedBody> {
  const body: EchoedBody = { size: raw.length, sha256: createHash('sha256').update(raw).digest('hex') };
  let text: string | undefined;
  try {
    text = strictUtf8.decode(raw);
    body.text = text;
  } catch {
    body.base64 = raw.toString('base64');
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
