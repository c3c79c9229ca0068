import type { PreparedRequest } from '../../model';
import { bytesText } from '../bytesText';

type Json = Record<string, unknown>;

function queryString(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

/** One prepared request as a HAR 1.2 request: the body exactly as sent. */
export function harRequestFromPrepared(p: PreparedRequest): Json {
  const contentType = p.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  const req: Json = {
    method: p.method,
    url: p.url,
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: p.headers.map((h) => ({ name: h.name, value: h.value })),
    queryString: queryString(p.url),
    headersSize: -1,
    bodySize: p.body ? p.body.length : 0,
  };
  if (p.body) {
    const text = bytesText(p.body);
    const postData: Json = { mimeType: contentType, text: text.text };
    if (text.base64) postData.comment = 'base64'; // binary bodies: HAR has no field for their encoding
    const d = p.bodyDescription;
    if (d.mode === 'urlencoded') postData.params = d.fields.map(([name, value]) => ({ name, value }));
    if (d.mode === 'multipart') {
      postData.params = d.fields.map((f) => ('file' in f ? { name: f.name, fileName: f.file.name, contentType: f.contentType ?? f.file.type } : { name: f.name, value: f.value }));
    }
    req.postData = postData;
  }
  return req;
}

/** Prepared requests as a HAR 1.2 log (responses empty: these are requests to send). */
export function exportHar(requests: PreparedRequest[], startedAt = new Date(0)): Json {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Reqlab', version: '0.1.0' },
      entries: requests.map((p) => ({
        startedDateTime: startedAt.toISOString(),
        time: 0,
        request: harRequestFromPrepared(p),
        response: { status: 0, statusText: '', httpVersion: 'HTTP/1.1', cookies: [], headers: [], content: { size: 0, mimeType: '' }, redirectURL: '', headersSize: -1, bodySize: -1 },
        cache: {},
        timings: { send: 0, wait: 0, receive: 0 },
      })),
    },
  };
}
