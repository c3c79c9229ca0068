import { formatBytes } from '../../../../core/format/bytes';
import type { Exchange, ResponseRecord } from '../../../../core/model';

/** The request exactly as sent and the response head, as HTTP/1.1 text. */
export function RawTab({ response, exchange }: { response: ResponseRecord; exchange: Exchange }) {
  const sent = response.sent;
  const prepared = exchange.prepared;
  let request = '';
  let note: string | undefined;
  if (sent) {
    request = [sent.requestLine, ...sent.headers.map(([n, v]) => `${n}: ${v}`)].join('\r\n');
    request += `\r\n\r\n${sent.bodySize ? `[body: ${formatBytes(sent.bodySize)} (${sent.bodySize} bytes)]` : ''}`;
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
    const size = prepared.body?.length ?? 0;
    request += `\r\n\r\n${size ? `[body: ${formatBytes(size)} (${size} bytes)]` : ''}`;
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
