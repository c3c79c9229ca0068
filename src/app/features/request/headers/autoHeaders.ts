import type { RequestModel } from '../../../../core/model';
import { impliedContentType } from '../../../../core/body';
import { splitAuthority, splitUrl, withDefaultScheme } from '../../../../core/url';

export interface AutoHeader {
  name: string;
  /** The value, or a description when it is only known at send time. */
  value: string;
  note: string;
  /** Only Content-Type can be left out; the HTTP client always sends the others (override them instead). */
  switchable: boolean;
  /** What an "Override" row starts with: the value when it is known here, else empty. */
  overrideValue?: string;
}

/** The boundary is only chosen when preparing, so the table shows an ellipsis for it. */
function contentTypeFor(request: RequestModel): string | null {
  const type = impliedContentType(request.body);
  return type === 'multipart/form-data' ? 'multipart/form-data; boundary=…' : type;
}

/** The headers Reqlab adds on its own, as shown in the Headers tab (the exact values come from prepare). */
export function autoHeaders(request: RequestModel): AutoHeader[] {
  const out: AutoHeader[] = [];
  const ct = contentTypeFor(request);
  if (ct) out.push({ name: 'Content-Type', value: ct, note: `from the body type (${request.body.mode})`, switchable: true, overrideValue: ct.endsWith('…') ? '' : ct });
  if (ct) out.push({ name: 'Content-Length', value: 'computed when sent', note: 'the size of the body in bytes', switchable: false });
  const auth = request.auth;
  if (auth.type === 'basic' || auth.type === 'bearer' || auth.type === 'digest' || (auth.type === 'apikey' && auth.in === 'header')) {
    const name = auth.type === 'apikey' ? auth.key || 'API key header' : 'Authorization';
    const value = auth.type === 'digest' ? 'Digest … (after the server\'s challenge)' : 'from the Auth tab';
    out.push({ name, value, note: `from the Auth tab (${auth.type})`, switchable: false });
  } else if (auth.type === 'awsv4') {
    out.push({ name: 'Authorization', value: 'AWS4-HMAC-SHA256 … (signed when sent)', note: 'from the Auth tab (AWS Signature v4)', switchable: false });
    out.push({ name: 'X-Amz-Date', value: 'the time of sending', note: 'part of the signature', switchable: false });
  } else if (auth.type === 'jwt' && auth.in === 'header') {
    out.push({ name: 'Authorization', value: `${auth.prefix ?? 'Bearer'} <JWT ${auth.algorithm}> (signed when sent)`.trim(), note: 'from the Auth tab (JWT bearer)', switchable: false });
  } else if (auth.type === 'hawk') {
    out.push({ name: 'Authorization', value: `Hawk id=…, ts=…, nonce=…, mac=… (${auth.algorithm}, made when sent)`, note: 'from the Auth tab (Hawk)', switchable: false });
  } else if (auth.type === 'oauth1' && auth.in === 'header') {
    out.push({ name: 'Authorization', value: `OAuth oauth_consumer_key=…, oauth_nonce=…, oauth_signature=… (${auth.signatureMethod}, made when sent)`, note: 'from the Auth tab (OAuth 1.0)', switchable: false });
  } else if (auth.type === 'ntlm') {
    out.push({ name: 'Authorization', value: 'NTLM <negotiate>, then NTLM <answer to the challenge> (the relay\'s handshake)', note: 'from the Auth tab (NTLM)', switchable: false });
  } else if (auth.type === 'edgegrid') {
    out.push({ name: 'Authorization', value: 'EG1-HMAC-SHA256 client_token=…;access_token=…;timestamp=…;nonce=…;signature=… (made when sent)', note: 'from the Auth tab (Akamai EdgeGrid)', switchable: false });
  } else if (auth.type === 'oauth2' && auth.in === 'header') {
    out.push({ name: 'Authorization', value: `${auth.prefix || 'Bearer'} <OAuth 2.0 access token> (kept in this browser)`, note: 'from the Auth tab (OAuth 2.0)', switchable: false });
  } else if (auth.type === 'inherit') {
    out.push({ name: 'Authorization', value: 'from the parent, if it has auth', note: 'inherited auth', switchable: false });
  }
  let host = '';
  try {
    host = splitAuthority(splitUrl(withDefaultScheme(request.url.trim())).base).authority.replace(/^.*@/, '');
  } catch {
    host = '';
  }
  out.push({ name: 'Host', value: host || 'from the URL', note: 'the server name and port from the URL', switchable: false, overrideValue: host });
  out.push({
    name: 'User-Agent',
    value: 'Reqlab/0.1',
    note: 'names the client (through the relay; sending direct, the browser sends its own)',
    switchable: false,
    overrideValue: 'Reqlab/0.1',
  });
  out.push({ name: 'Accept', value: '*/*', note: 'any response type is welcome', switchable: false, overrideValue: '*/*' });
  return out;
}
