import type { RequestModel } from '../../../../core/model';
import { RAW_CONTENT_TYPES } from '../../../../core/body';
import { splitAuthority, splitUrl, withDefaultScheme } from '../../../../core/url';

export interface AutoHeader {
  name: string;
  /** The value, or a description when it is only known at send time. */
  value: string;
  note: string;
  /** Only Content-Type can be left out; the HTTP client always sends the others (override them instead). */
  switchable: boolean;
}

function contentTypeFor(request: RequestModel): string | null {
  const b = request.body;
  switch (b.mode) {
    case 'none':
      return null;
    case 'json':
    case 'text':
    case 'xml':
    case 'html':
      return b.raw === '' ? null : RAW_CONTENT_TYPES[b.mode];
    case 'urlencoded':
      return 'application/x-www-form-urlencoded';
    case 'multipart':
      return 'multipart/form-data; boundary=…';
    case 'binary':
      return b.binary ? b.binary.type || 'application/octet-stream' : null;
    case 'graphql':
      return 'application/json';
  }
}

/** The headers Reqlab adds on its own, as shown in the Headers tab (the exact values come from prepare). */
export function autoHeaders(request: RequestModel): AutoHeader[] {
  const out: AutoHeader[] = [];
  const ct = contentTypeFor(request);
  if (ct) out.push({ name: 'Content-Type', value: ct, note: `from the body type (${request.body.mode})`, switchable: true });
  if (ct) out.push({ name: 'Content-Length', value: 'computed when sent', note: 'the size of the body in bytes', switchable: false });
  let host = '';
  try {
    host = splitAuthority(splitUrl(withDefaultScheme(request.url.trim())).base).authority.replace(/^.*@/, '');
  } catch {
    host = '';
  }
  out.push({ name: 'Host', value: host || 'from the URL', note: 'the server name and port from the URL', switchable: false });
  out.push({
    name: 'User-Agent',
    value: 'Reqlab/0.1',
    note: 'names the client (through the relay; sending direct, the browser sends its own)',
    switchable: false,
  });
  out.push({ name: 'Accept', value: '*/*', note: 'any response type is welcome', switchable: false });
  return out;
}
