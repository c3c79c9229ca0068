/**
 * Types of Reqlab's HTTP knowledge (src/core/http): what methods promise, what status codes
 * and headers mean, why CORS refused a call, request lifecycle phases and parsed cookies.
 */

/** A pointer into a specification, shown as a citation and a link. */
export interface SpecRef {
  /** e.g. "RFC 9110 §15.3.1" or "Fetch Standard: CORS protocol". */
  title: string;
  url?: string;
}

// ---- Methods ---------------------------------------------------------------

/** `conditional`: cacheable only with explicit freshness and a matching Content-Location (POST, PATCH). */
export type Cacheability = 'yes' | 'conditional' | 'no' | 'unknown';

/**
 * `meaningful`: the body is the point of the request (POST, PUT).
 * `no-defined-semantics`: allowed, but the spec gives it no meaning and servers may reject it (GET, DELETE).
 * `not-allowed`: the spec says not to send one (TRACE, CONNECT).
 */
export type RequestBodyUse = 'meaningful' | 'no-defined-semantics' | 'not-allowed' | 'unknown';

/** `optional`: the server decides (e.g. 204 after PUT). `no`: never (HEAD; CONNECT opens a tunnel instead). */
export type ResponseBodyUse = 'yes' | 'optional' | 'no' | 'unknown';

/** `standard`: HTTP core (RFC 9110, RFC 5789); `extension`: registered by another spec (WebDAV); `draft`: not final yet. */
export type MethodStatus = 'standard' | 'extension' | 'draft' | 'custom' | 'invalid';

export interface MethodInfo {
  method: string;
  status: MethodStatus;
  safe: boolean;
  idempotent: boolean;
  cacheable: Cacheability;
  requestBody: RequestBodyUse;
  responseBody: ResponseBodyUse;
  /** One line: what the client promises (or asks) by using this method. */
  promise: string;
  /** A short paragraph in plain words. */
  description: string;
  notes: string[];
  spec?: SpecRef;
}

// ---- Status codes ----------------------------------------------------------

export type StatusClass = 'informational' | 'success' | 'redirect' | 'client-error' | 'server-error';

/** Names a theme colour: the CSS variable is `--rl-<token>`. */
export type StatusColorToken = 'info' | 'success' | 'accent' | 'warning' | 'danger' | 'muted';

export interface StatusInfo {
  code: number;
  /** The registry's description, e.g. "Not Found"; "(Unused)" for reserved codes. */
  reason: string;
  /** In the IANA HTTP Status Code Registry (temporary registrations included, flagged in `note`). */
  registered: boolean;
  /** Out of a valid range (100–599): not a usable HTTP status code. */
  invalid?: boolean;
  statusClass: StatusClass | null;
  color: StatusColorToken;
  /** A name people know it by when the registry has none (418 "I'm a teapot"). */
  nickname?: string;
  meaning: string;
  whatToDo: string[];
  note?: string;
  deprecated?: boolean;
  spec?: SpecRef;
}

// ---- Headers ---------------------------------------------------------------

export type HeaderDirection = 'request' | 'response' | 'both';

export type HeaderCategory =
  | 'content'
  | 'negotiation'
  | 'caching'
  | 'conditional'
  | 'range'
  | 'auth'
  | 'cookies'
  | 'cors'
  | 'security'
  | 'connection'
  | 'routing'
  | 'context'
  | 'fetch-metadata';

export interface HeaderInfo {
  /** Canonical spelling, e.g. "Content-Type". */
  name: string;
  direction: HeaderDirection;
  category: HeaderCategory;
  /** One plain sentence. */
  summary: string;
  details?: string;
  example?: string;
  /** A page's script may not set it (Fetch Standard "forbidden request-header"): the browser controls it. */
  forbiddenInBrowser: boolean;
  deprecated?: boolean;
  /** Widely used but not in a standard (X-Forwarded-For, X-Request-Id). */
  nonStandard?: boolean;
  spec?: SpecRef;
}

// ---- CORS ------------------------------------------------------------------

export type PreflightReasonKind = 'method' | 'header' | 'content-type' | 'header-size' | 'upload-listeners';

export interface PreflightReason {
  kind: PreflightReasonKind;
  /** The header name (lower case) or method concerned. */
  subject?: string;
  explanation: string;
}

export interface PreflightAnalysis {
  needed: boolean;
  reasons: PreflightReason[];
  /** The method as the browser sends it (fetch upper-cases only DELETE, GET, HEAD, OPTIONS, POST, PUT). */
  method: string;
  /** Lower-cased names the browser would list in Access-Control-Request-Headers, sorted. */
  unsafeHeaderNames: string[];
  /** Headers a page may not set at all: the browser drops them or refuses the call. */
  forbiddenHeaderNames: string[];
}

export interface RequiredHeader {
  name: string;
  value: string;
  why: string;
  /** Where the server must put it. */
  on: 'preflight' | 'response' | 'both';
}

export interface CorsFix {
  id: 'relay' | 'server' | 'proxy' | 'same-origin' | 'https';
  title: string;
  detail: string;
}

export interface CorsExplanation {
  pageOrigin: string;
  targetUrl: string;
  /** null when the target URL could not be parsed. */
  targetOrigin: string | null;
  crossOrigin: boolean;
  /** The headline, mentions CORS. */
  summary: string;
  whatIsCors: string;
  preflight: PreflightAnalysis;
  /** What the server would have to answer so the browser lets the page read the response. */
  serverMustSend: RequiredHeader[];
  fixes: CorsFix[];
  notes: string[];
}

export interface CorsRequestInput {
  pageOrigin: string;
  targetUrl: string;
  method: string;
  /** Headers the page's script sets (the browser adds its own on top). */
  headers: [string, string][] | Record<string, string>;
  credentials?: 'omit' | 'same-origin' | 'include';
  /** XMLHttpRequest upload progress listeners force a preflight (axios onUploadProgress). */
  uploadListeners?: boolean;
}

// ---- Lifecycle -------------------------------------------------------------

export type LifecycleStepId = 'dns' | 'connect' | 'tls' | 'send' | 'wait' | 'download';

export interface LifecycleStep {
  id: LifecycleStepId;
  label: string;
  /** Which TimingPhases field measures it, when any. */
  timingKey?: 'dns' | 'connect' | 'tls' | 'ttfb' | 'download';
  summary: string;
  explanation: string;
  /** Why it can be zero or missing. */
  whenSkipped?: string;
  /** What a long bar usually means. */
  whenSlow: string;
}

export interface WaterfallSegment {
  id: LifecycleStepId | 'total';
  label: string;
  /** ms from the start of the request. */
  start: number;
  duration: number;
}

// ---- Cookies ---------------------------------------------------------------

export type SameSite = 'Strict' | 'Lax' | 'None';

export interface ParsedSetCookie {
  name: string;
  value: string;
  /** Lower-cased, without a leading dot. */
  domain?: string;
  path?: string;
  /** The Expires attribute as sent. */
  expires?: string;
  /** Expires parsed (ms since the epoch); absent when the date could not be read. */
  expiresAt?: number;
  /** Seconds; 0 or less means "delete now". Takes precedence over Expires. */
  maxAge?: number;
  secure: boolean;
  httpOnly: boolean;
  /** Absent: the browser applies its default (Lax in Chromium). */
  sameSite?: SameSite;
  partitioned: boolean;
  /** Things a browser would object to or quietly change. */
  warnings: string[];
}

export type SetCookieParseResult = { ok: true; cookie: ParsedSetCookie } | { ok: false; reason: string };
