/**
 * The Fetch Standard's rules for when a cross-origin request must be preceded by a preflight
 * (OPTIONS) request: CORS-safelisted methods and request headers.
 */
import type { CorsRequestInput, PreflightAnalysis, PreflightReason } from '../model';
import { isForbiddenRequestHeader } from './headers/forbidden';
import { normalizeMethodLikeFetch } from './methodRules';

const SAFELISTED_METHODS = ['GET', 'HEAD', 'POST'];

/** GET, HEAD and POST, compared after fetch's own normalization (`post` counts, `Patch` does not). */
export function isCorsSafelistedMethod(method: string): boolean {
  return SAFELISTED_METHODS.includes(normalizeMethodLikeFetch(method));
}

/** Fetch "CORS-unsafe request-header byte": controls (but tab), DEL, and "():<>?@[\]{}. */
function hasUnsafeByte(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f || '"():<>?@[\\]{}'.includes(value[i] as string)) return true;
  }
  return false;
}

const LANGUAGE_VALUE = /^[0-9A-Za-z *,\-.;=]*$/;
const SAFELISTED_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const MIME_ESSENCE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The media type without parameters, lower-cased; null when it is not a valid MIME type. */
export function mimeEssence(value: string): string | null {
  const essence = (value.split(';')[0] ?? '').trim().toLowerCase();
  return MIME_ESSENCE.test(essence) ? essence : null;
}

/** Fetch "simple range header value": bytes=N- or bytes=N-M, one range, no spaces. Suffix ranges are not safelisted. */
function isSimpleRange(value: string): boolean {
  const m = /^bytes=(\d*)-(\d*)$/.exec(value);
  if (!m || m[1] === '') return false;
  return m[2] === '' || Number(m[1]) <= Number(m[2]);
}

/** True when a page may send this header cross-origin without a preflight. */
export function isCorsSafelistedRequestHeader(name: string, value: string): boolean {
  if (value.length > 128) return false;
  switch (name.trim().toLowerCase()) {
    case 'accept':
      return !hasUnsafeByte(value);
    case 'accept-language':
    case 'content-language':
      return LANGUAGE_VALUE.test(value);
    case 'content-type': {
      if (hasUnsafeByte(value)) return false;
      const essence = mimeEssence(value);
      return essence !== null && SAFELISTED_CONTENT_TYPES.includes(essence);
    }
    case 'range':
      return isSimpleRange(value);
    default:
      return false;
  }
}

function headerPairs(headers: CorsRequestInput['headers']): [string, string][] {
  // Headers objects strip surrounding whitespace from values before any check.
  const pairs = Array.isArray(headers) ? headers : Object.entries(headers);
  return pairs.map(([n, v]) => [n.trim(), v.trim()]);
}

function explainUnsafeHeader(lower: string, value: string): PreflightReason {
  if (lower === 'content-type') {
    const essence = mimeEssence(value);
    return {
      kind: 'content-type',
      subject: lower,
      explanation: `Content-Type "${value}" is not one of the three a plain HTML form can send (application/x-www-form-urlencoded, multipart/form-data, text/plain), so the browser asks first.${essence === 'application/json' ? ' JSON bodies always trigger a preflight.' : ''}`,
    };
  }
  if (['accept', 'accept-language', 'content-language', 'range'].includes(lower)) {
    return {
      kind: 'header',
      subject: lower,
      explanation: `${lower} is normally allowed without asking, but this value is too long or contains characters the safelist rules reject.`,
    };
  }
  return {
    kind: 'header',
    subject: lower,
    explanation: `The header ${lower} is not on the CORS safelist (only Accept, Accept-Language, Content-Language, Content-Type and simple Range are), so the server must approve it in a preflight.`,
  };
}

/** Why (and whether) a browser would send a preflight OPTIONS request before this one. */
export function analyzePreflight(input: Pick<CorsRequestInput, 'method' | 'headers' | 'uploadListeners'>): PreflightAnalysis {
  const method = normalizeMethodLikeFetch(input.method);
  const reasons: PreflightReason[] = [];
  if (!SAFELISTED_METHODS.includes(method)) {
    reasons.push({
      kind: 'method',
      subject: method,
      explanation: `${method} is not GET, HEAD or POST, the methods a plain web page could always send, so the server must approve it first.`,
    });
  }

  const forbidden = new Set<string>();
  const unsafe = new Set<string>();
  const safelisted: [string, string][] = [];
  let safelistedSize = 0;
  for (const [name, value] of headerPairs(input.headers)) {
    const lower = name.toLowerCase();
    // Chromium still drops a page-set User-Agent (crbug 571722), so it never reaches the preflight decision.
    if (isForbiddenRequestHeader(lower, value) || lower === 'user-agent') {
      forbidden.add(lower);
      continue;
    }
    if (isCorsSafelistedRequestHeader(lower, value)) {
      safelisted.push([lower, value]);
      safelistedSize += value.length;
    } else if (!unsafe.has(lower)) {
      unsafe.add(lower);
      reasons.push(explainUnsafeHeader(lower, value));
    }
  }
  // Safelisted headers stop counting as harmless once their values add up to more than 1024 bytes.
  if (safelistedSize > 1024) {
    for (const [lower] of safelisted) unsafe.add(lower);
    reasons.push({
      kind: 'header-size',
      explanation: 'The safelisted header values together exceed 1024 bytes, so they all need approval in a preflight.',
    });
  }
  if (input.uploadListeners) {
    reasons.push({
      kind: 'upload-listeners',
      explanation: 'The request watches its upload progress (XMLHttpRequest upload listeners), which always forces a preflight.',
    });
  }

  return {
    needed: reasons.length > 0,
    reasons,
    method,
    unsafeHeaderNames: [...unsafe].sort(),
    forbiddenHeaderNames: [...forbidden].sort(),
  };
}

/** True when a browser would send a preflight before this cross-origin request. */
export function needsPreflight(input: Pick<CorsRequestInput, 'method' | 'headers' | 'uploadListeners'>): boolean {
  return analyzePreflight(input).needed;
}
