import { BodyTooLargeError, mediaType, readBody, sendProblem, sendTooLarge, type Req, type Res } from '../respond.ts';

/** Books are small: a megabyte is plenty and keeps a runaway upload from filling memory. */
const BOOK_BODY_LIMIT = 1024 * 1024;

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false };

/** Checks the Content-Type (415) before reading, then parses the body (400 when it is not JSON). */
export function checkJsonContentType(req: Req, res: Res, accepted: string[], acceptHeader: Record<string, string>): boolean {
  const type = mediaType(req);
  if (accepted.includes(type)) return true;
  req.resume();
  sendProblem(
    res,
    415,
    {
      detail: type
        ? `The body was sent as "${type}"; this endpoint takes ${accepted.join(' or ')}.`
        : `The request has no Content-Type; this endpoint takes ${accepted.join(' or ')}.`,
    },
    acceptHeader,
  );
  return false;
}

export async function readJsonBody(req: Req, res: Res): Promise<JsonBodyResult> {
  let raw: Buffer;
  try {
    raw = await readBody(req, BOOK_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendTooLarge(req, res, error);
      return { ok: false };
    }
    throw error;
  }
  const text = raw.toString('utf8');
  if (text.trim() === '') {
    sendProblem(res, 400, { title: 'Malformed JSON', detail: 'The body is empty; a JSON document was expected.' });
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    sendProblem(res, 400, { title: 'Malformed JSON', detail: `The body is not valid JSON: ${reason}` });
    return { ok: false };
  }
}
