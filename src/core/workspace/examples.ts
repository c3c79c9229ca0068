import type { ResponseRecord, SavedExample } from '../model';

/** An example holds its whole body as text; past this the person is told why it is not saved. */
export const MAX_EXAMPLE_BYTES = 5 * 1024 * 1024;

/**
 * A saved example shown as a response: what was saved, nothing made up. It never went on the wire,
 * so it has no timing, no redirects and no sender of its own (shown as "browser", with zero time).
 */
export function exampleResponse(example: SavedExample, url: string): ResponseRecord {
  const body = new TextEncoder().encode(example.body);
  return {
    sender: 'browser',
    url,
    status: example.status ?? 0,
    statusText: example.statusText ?? '',
    httpVersion: '',
    headers: example.headers.map(([n, v]) => [n, v]),
    body,
    bodySize: body.length,
    truncated: false,
    timing: { startedAt: 0, total: 0 },
    redirects: [],
  };
}

export type ExampleFromResponse = { ok: true; example: SavedExample } | { ok: false; reason: string };

/** The response as a saved example, or why it can't be one (cut at the cap, not text, too big). */
export function exampleFromResponse(response: ResponseRecord, name: string, id: string): ExampleFromResponse {
  if (response.truncated) {
    return { ok: false, reason: `The body was cut at ${response.body.length} of ${response.bodySize} bytes; an example keeps the whole body.` };
  }
  if (response.body.length > MAX_EXAMPLE_BYTES) {
    return { ok: false, reason: `The body is ${response.body.length} bytes; an example holds at most ${MAX_EXAMPLE_BYTES} (5 MB).` };
  }
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(response.body);
  } catch {
    return { ok: false, reason: 'The body is not text (not UTF-8); an example keeps text, as in Postman.' };
  }
  return {
    ok: true,
    example: {
      id,
      name,
      status: response.status,
      ...(response.statusText ? { statusText: response.statusText } : {}),
      headers: response.headers.map(([n, v]) => [n, v]),
      body,
    },
  };
}

/** The name Save as example offers: "201 Created". */
export function defaultExampleName(response: Pick<ResponseRecord, 'status' | 'statusText'>): string {
  return `${response.status} ${response.statusText}`.trim();
}
