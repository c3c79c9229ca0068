import type { CorsExplanation, CorsFix, CorsRequestInput, RequiredHeader } from '../model';
import { analyzePreflight } from './corsSafelist';
import { fetchSpec } from './spec';

export { analyzePreflight, isCorsSafelistedMethod, isCorsSafelistedRequestHeader, mimeEssence, needsPreflight } from './corsSafelist';

export const CORS_SPEC = fetchSpec('http-cors-protocol', 'CORS protocol');

export const WHAT_IS_CORS =
  'Browsers protect you by letting a page read answers only from its own origin (scheme, host and port). ' +
  'CORS (Cross-Origin Resource Sharing) is how a server opts out of that protection for chosen origins: it adds ' +
  'Access-Control-Allow-* headers to its responses. The request often reaches the server and gets an answer, but ' +
  'without those headers the browser hides the answer from the page, which only sees a "Network Error". ' +
  'Tools outside the browser (curl, Reqlab\'s local relay) are not subject to CORS.';

export const PREFLIGHT_EXPLAINED =
  'Before a request a plain HTML form could not have sent (another method, JSON, custom headers), the browser first ' +
  'asks the server with an automatic OPTIONS request, the preflight. Only if the answer approves the method and ' +
  'headers does the real request go out.';

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? null : u.origin;
  } catch {
    return null;
  }
}

function pathAndQuery(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function isPrivateAddress(host: string): boolean {
  return isLoopback(host) || /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host);
}

function serverHeaders(
  origin: string,
  credentials: boolean,
  preflight: ReturnType<typeof analyzePreflight>,
): RequiredHeader[] {
  const on: RequiredHeader['on'] = preflight.needed ? 'both' : 'response';
  const out: RequiredHeader[] = [
    {
      name: 'Access-Control-Allow-Origin',
      value: origin,
      why: credentials
        ? 'Names the page\'s origin as allowed to read the answer. With credentials it must be this exact origin, not *.'
        : 'Names the page\'s origin as allowed to read the answer (* would allow every origin).',
      on,
    },
  ];
  if (credentials) {
    out.push({
      name: 'Access-Control-Allow-Credentials',
      value: 'true',
      why: 'The request carries cookies or HTTP authentication; without this the browser hides the answer.',
      on,
    });
  }
  if (preflight.reasons.some((r) => r.kind === 'method')) {
    out.push({
      name: 'Access-Control-Allow-Methods',
      value: preflight.method,
      why: `Approves ${preflight.method} in the preflight answer.`,
      on: 'preflight',
    });
  }
  if (preflight.unsafeHeaderNames.length > 0) {
    const lists = preflight.unsafeHeaderNames.join(', ');
    out.push({
      name: 'Access-Control-Allow-Headers',
      value: lists,
      why: `Approves the headers the page sets (${lists}).${preflight.unsafeHeaderNames.includes('authorization') ? ' Authorization must be named explicitly: * does not cover it.' : ''}`,
      on: 'preflight',
    });
  }
  out.push({
    name: 'Vary',
    value: 'Origin',
    why: 'When the server echoes the caller\'s origin, this keeps caches from serving one origin\'s answer to another.',
    on: 'response',
  });
  out.push({
    name: 'Access-Control-Expose-Headers',
    value: credentials ? 'ETag, Location, X-Request-Id' : '*',
    why: `Optional: without it a page can read only a few basic response headers (Content-Type, Cache-Control …), so Reqlab's browser sender cannot show the rest.${credentials ? ' With credentials * is taken literally, so list the names (these are examples).' : ''}`,
    on: 'response',
  });
  return out;
}

/** Turns a browser "Network Error" on a cross-origin call into an explanation and the ways past it. */
export function explainCorsFailure(input: CorsRequestInput): CorsExplanation {
  const targetOrigin = originOf(input.targetUrl);
  const pageOrigin = input.pageOrigin;
  const crossOrigin = targetOrigin !== null && targetOrigin !== pageOrigin;
  const preflight = analyzePreflight(input);
  const credentials = input.credentials === 'include';
  const notes: string[] = [];
  const fixes: CorsFix[] = [
    {
      id: 'relay',
      title: 'Resend through Reqlab\'s local relay',
      detail: 'The relay runs on your computer, outside the browser, so CORS does not apply: you see the real status, every header and Set-Cookie.',
    },
  ];

  let summary: string;
  if (targetOrigin === null) {
    summary = 'The URL could not be read as an http(s) address, so the browser could not send it; CORS may not be the cause.';
  } else if (!crossOrigin) {
    summary = `The request went to this page's own origin (${pageOrigin}), so CORS does not apply: the server was unreachable or the connection failed.`;
  } else {
    summary = `The browser blocked reading the answer from ${targetOrigin}: CORS. That server did not allow pages from ${pageOrigin} to read its responses${preflight.needed ? ', or it rejected the preflight' : ''}.`;
  }

  const serverMustSend = crossOrigin ? serverHeaders(pageOrigin, credentials, preflight) : [];
  if (crossOrigin) {
    fixes.push({
      id: 'server',
      title: 'Configure CORS on the server',
      detail: preflight.needed
        ? 'If you control the API, answer the OPTIONS preflight with a 2xx status (no redirect) and the headers listed here, and add Access-Control-Allow-Origin to the real response too.'
        : 'If you control the API, add the headers listed here to its responses.',
    });
    fixes.push({
      id: 'proxy',
      title: 'Go through a proxy on your own origin',
      detail: 'A development-server proxy or reverse proxy that forwards /api to the target makes the call same-origin, so CORS never comes up.',
    });
  }
  if (preflight.needed && crossOrigin) {
    notes.push(
      `The browser's preflight was OPTIONS ${pathAndQuery(input.targetUrl)} with Access-Control-Request-Method: ${preflight.method}${preflight.unsafeHeaderNames.length ? ` and Access-Control-Request-Headers: ${preflight.unsafeHeaderNames.join(',')}` : ''}. If that answer is not a 2xx with the headers above, the real request is never sent.`,
    );
  }
  if (preflight.forbiddenHeaderNames.length > 0) {
    notes.push(
      `The browser does not let pages set ${preflight.forbiddenHeaderNames.join(', ')}; it sends its own values (or none). The relay sends yours.`,
    );
  }
  if (credentials) {
    notes.push('With credentials, the server may not answer with *: it must name the origin and send Access-Control-Allow-Credentials: true.');
  }
  if (preflight.method !== input.method && preflight.method === input.method.toUpperCase()) {
    notes.push(`The browser sent ${preflight.method}: it upper-cases this method.`);
  } else if (preflight.method === input.method && input.method !== input.method.toUpperCase()) {
    notes.push(`The browser sends "${input.method}" exactly as typed; many servers only know ${input.method.toUpperCase()}.`);
  }

  if (targetOrigin) {
    const target = new URL(input.targetUrl);
    if (pageOrigin.startsWith('https:') && target.protocol === 'http:' && !isLoopback(target.hostname)) {
      notes.push('This page is served over HTTPS and the target uses plain HTTP: browsers block such "mixed content" before CORS is even checked.');
      fixes.push({ id: 'https', title: 'Use https:// for the target', detail: 'Or send the request through the relay, which is not a web page.' });
    }
    let pageHost = '';
    try {
      pageHost = new URL(pageOrigin).hostname;
    } catch {
      // An opaque page origin ("null", e.g. a file:// page) has no host to compare.
    }
    if (pageHost && !isPrivateAddress(pageHost) && isPrivateAddress(target.hostname)) {
      notes.push('A public page calling a local or private address may also be stopped by the browser\'s local-network protection, whatever the CORS headers say.');
    }
  }

  return {
    pageOrigin,
    targetUrl: input.targetUrl,
    targetOrigin,
    crossOrigin,
    summary,
    whatIsCors: WHAT_IS_CORS,
    preflight,
    serverMustSend,
    fixes,
    notes,
  };
}
