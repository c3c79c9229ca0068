import { newKeyValue, newRequest, newRequestBody, type RequestModel, type StepRequest } from '../model';

/** Where a lesson's placeholders point for this learner. */
export interface LabAddresses {
  /** `http://host:port/sandbox/lab/<id>` */
  lab: string;
  /** The same lab at the sandbox's cross-origin address; falls back to `lab` when there is none. */
  crossLab?: string;
  /** `http://host:port/sandbox` */
  sandbox: string;
}

export function fillPlaceholders(url: string, at: LabAddresses): string {
  return url.replace('{{lab}}', at.lab).replace('{{crossLab}}', at.crossLab ?? at.lab).replace('{{sandbox}}', at.sandbox);
}

function stepAuth(auth: StepRequest['auth'], at: LabAddresses): RequestModel['auth'] {
  if (!auth) return { type: 'none' };
  if ('basic' in auth) return { type: 'basic', ...auth.basic };
  if ('bearer' in auth) return { type: 'bearer', token: auth.bearer };
  const o = auth.oauth2;
  return {
    type: 'oauth2', grant: o.grant, authUrl: fillPlaceholders(o.authUrl ?? '', at), tokenUrl: fillPlaceholders(o.tokenUrl, at), clientId: o.clientId,
    clientSecret: o.clientSecret ?? '', clientAuth: 'basic', scope: o.scope ?? '', redirectUri: '', pkce: true, username: '', password: '', in: 'header',
  };
}

/** A step's request as an editor request: the same model the learner would build by hand. */
export function stepRequestModel(step: StepRequest, at: LabAddresses, name: string): RequestModel {
  const headers = (step.headers ?? []).map(([key, value]) => newKeyValue(key, value));
  const hasType = headers.some((header) => header.key.toLowerCase() === 'content-type');
  let body = newRequestBody();
  if (step.body && 'json' in step.body) body = newRequestBody({ mode: 'json', raw: JSON.stringify(step.body.json, null, 2) });
  else if (step.body && 'text' in step.body) {
    body = newRequestBody({ mode: /json/.test(step.body.contentType) ? 'json' : 'text', raw: step.body.text });
    if (!hasType) headers.push(newKeyValue('Content-Type', step.body.contentType));
  } else if (step.body && 'form' in step.body) {
    body = newRequestBody({ mode: 'urlencoded', urlencoded: step.body.form.map(([key, value]) => newKeyValue(key, value)) });
  }
  const auth = stepAuth(step.auth, at);
  const base = newRequest();
  return newRequest({
    name,
    method: step.method,
    url: fillPlaceholders(step.url, at),
    headers,
    body,
    auth,
    settings: { ...base.settings, sender: step.sender ?? 'default' },
  });
}

/** The parts of a URL a learner is shown, in order, each with the text it covers. */
export interface UrlPart {
  part: 'scheme' | 'host' | 'port' | 'path' | 'query' | 'fragment';
  text: string;
}

/** Splits a URL for the anatomy drawing; null when it has no scheme and host. */
export function urlParts(url: string): UrlPart[] | null {
  const match = /^([a-z][a-z0-9+.-]*:)\/\/(\[[^\]]+\]|[^/:?#]+)(:\d+)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url.trim());
  if (!match) return null;
  const [, scheme, host, port, path, query, fragment] = match;
  const parts: UrlPart[] = [
    { part: 'scheme', text: `${scheme}//` },
    { part: 'host', text: host! },
  ];
  if (port) parts.push({ part: 'port', text: port });
  parts.push({ part: 'path', text: path || '/' });
  if (query) parts.push({ part: 'query', text: query });
  if (fragment) parts.push({ part: 'fragment', text: fragment });
  return parts;
}
