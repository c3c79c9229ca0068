import { formatBytes } from '../../../../core/format/bytes';
import type { Exchange, ResponseRecord } from '../../../../core/model';

const RAW_BODY_LIMIT = 64 * 1024;

/**
 * The body as it went on the wire: text shown as text (the first 64 KB, saying how much is left),
 * binary or unknown bytes as a size note. The senders send the prepared bytes unchanged.
 */
function bodyText(bytes: Uint8Array | null | undefined, size: number): string {
  if (!size) return '';
  const note = `[body: ${formatBytes(size)} (${size} bytes)]`;
  if (!bytes || bytes.length !== size) return note;
  try {
    // stream: a cut inside a UTF-8 sequence at the limit is not an error.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, RAW_BODY_LIMIT), { stream: size > RAW_BODY_LIMIT });
    return size > RAW_BODY_LIMIT ? `${text}\r\n[… ${size - RAW_BODY_LIMIT} more bytes not shown; ${note.slice(1, -1)}]` : text;
  } catch {
    // Binary: not printable as HTTP text.
    return `${note} binary`;
  }
}

/** The request exactly as sent and the response head, as HTTP/1.1 text. */
export function RawTab({ response, exchange }: { response: ResponseRecord; exchange: Exchange }) {
  const sent = response.sent;
  const prepared = exchange.prepared;
  let request = '';
  let note: string | undefined;
  if (sent) {
    request = [sent.requestLine, ...sent.headers.map(([n, v]) => `${n}: ${v}`)].join('\r\n');
    request += `\r\n\r\n${bodyText(prepared?.body, sent.bodySize)}`;
  } else if (prepared) {
    let target = prepared.url;
    try {
      const u = new URL(prepared.url);
      target = u.pathname + u.search;
      request = [`${prepared.method} ${target} HTTP/1.1`, `Host: ${u.host}`].join('\r\n');
    } catch {
      request = `${prepared.method} ${target} HTTP/1.1`;
    }
    const headers = prepared.headers.filter((h) => h.name.toLowerCase() !== 'host');
    if (headers.length) request += '\r\n' + headers.map((h) => `${h.name}: ${h.value}`).join('\r\n');
    request += `\r\n\r\n${bodyText(prepared.body, prepared.body?.length ?? 0)}`;
    note =
      'Sent by the browser: this is the request Reqlab prepared. The browser adds headers of its own (User-Agent, Origin, Accept-Encoding, Cookie…) and may drop ones it forbids, and does not show the page what it finally sent.';
    if (response.droppedHeaders?.length) note += ` Dropped by the browser: ${response.droppedHeaders.join(', ')}.`;
  }
  const version = response.httpVersion ? response.httpVersion.replace(/^HTTP\//i, '') : '1.1';
  const head = [`HTTP/${version} ${response.status} ${response.statusText}`.trim(), ...response.headers.map(([n, v]) => `${n}: ${v}`)].join('\r\n');
  return (
    <div className="rl-raw-http">
      <h3>Request</h3>
      {note && <p className="rl-muted rl-note">{note}</p>}
      <pre className="rl-pre" aria-label="Raw request">
        {request || 'The request is not known.'}
      </pre>
      <h3>Response head</h3>
      <pre className="rl-pre" aria-label="Raw response head">
        {head}
      </pre>
    </div>
  );
}
