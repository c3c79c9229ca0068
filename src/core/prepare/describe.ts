import type { PreparedRequest } from '../model';
import { utf8DecodeStrict } from '../encoding';
import { implicitHeaders } from './convert';

/**
 * The request as HTTP/1.1 text, for the raw view: request line with the origin-form target,
 * Host and Content-Length as a client adds them, then the body (or a note for binary).
 */
export function preparedToHttpText(prepared: PreparedRequest, maxBodyChars = 100_000): string {
  let target = prepared.url;
  try {
    const u = new URL(prepared.url);
    target = `${u.pathname}${u.search}`;
  } catch {
    // Unresolved variables in the host: show the URL as it is.
  }
  const implicit = implicitHeaders(prepared);
  const host = implicit.filter((h) => h.name === 'Host');
  const rest = implicit.filter((h) => h.name !== 'Host');
  const lines = [`${prepared.method} ${target} HTTP/1.1`, ...[...host, ...prepared.headers, ...rest].map((h) => `${h.name}: ${h.value}`)];
  let text = `${lines.join('\r\n')}\r\n\r\n`;
  if (prepared.body !== null && prepared.body.length > 0) {
    const body = utf8DecodeStrict(prepared.body);
    if (body === null) text += `[${prepared.body.length} bytes of binary data]`;
    else if (body.length > maxBodyChars) text += `${body.slice(0, maxBodyChars)}\n[… ${body.length - maxBodyChars} more characters]`;
    else text += body;
  }
  return text;
}
