import type { PreparedRequest } from '../../model';
import { bytesText } from '../bytesText';

type HarParam = { name: string; value?: string; fileName?: string; contentType?: string };
export interface SnippetHar {
  method: string;
  url: string;
  httpVersion: string;
  headers: { name: string; value: string }[];
  queryString: { name: string; value: string }[];
  cookies: { name: string; value: string }[];
  headersSize: number;
  bodySize: number;
  postData?: { mimeType: string; text?: string; params?: HarParam[] };
}

/** The HAR request httpsnippet-lite reads, built from the prepared request. */
export function snippetHar(p: PreparedRequest): SnippetHar {
  const d = p.bodyDescription;
  const contentType = p.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  const har: SnippetHar = {
    method: p.method,
    url: p.url,
    httpVersion: 'HTTP/1.1',
    // Generators write their own multipart boundary, so ours must not be repeated.
    headers: p.headers.filter((h) => !(d.mode === 'multipart' && h.name.toLowerCase() === 'content-type')).map((h) => ({ name: h.name, value: h.value })),
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: p.body?.length ?? 0,
  };
  if (d.mode === 'multipart') {
    har.postData = {
      mimeType: 'multipart/form-data',
      params: d.fields.map((f) => ('file' in f ? { name: f.name, fileName: f.file.path ?? f.file.name, contentType: f.contentType ?? f.file.type } : { name: f.name, value: f.value })),
    };
  } else if (d.mode === 'urlencoded') {
    har.postData = { mimeType: 'application/x-www-form-urlencoded', params: d.fields.map(([name, value]) => ({ name, value })) };
  } else if (d.mode === 'binary') {
    har.postData = { mimeType: contentType || 'application/octet-stream', text: `<contents of ${d.file.path ?? d.file.name}>` };
  } else if (p.body) {
    har.postData = { mimeType: contentType.split(';')[0]!.trim() || 'text/plain', text: bytesText(p.body).text };
  }
  return har;
}
