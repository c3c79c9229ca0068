import axios, { AxiosError, type AxiosResponse } from 'axios';
import type { PreparedRequest, ResponseRecord } from '../core/model';
import { browserWillDrop, headersDroppedByBrowser } from './browserDroppedHeaders';
import { SendError, type Sender, type SendProgress } from './sender';
import { headerValue } from './rawHeaders';
import { readResourceTiming } from './resourceTiming';
import { transportErrors } from './transportErrors';
import { probeCors } from './probeCors';
import { readBody } from './readBody';

/** Methods that XMLHttpRequest and fetch refuse outright. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** An axios of our own, so that none of axios' default headers (Accept …) sneak into the request. */
const client = axios.create();
delete (client.defaults.headers.common as Record<string, unknown>)['Accept'];

/**
 * axios' fetch adapter calls this, with our signal (cancel and timeout): it drops the `axios/x.y` User-Agent the adapter adds (a page
 * cannot choose its User-Agent; where a browser would send it, it would also force a CORS
 * preflight) and keeps the Response, whose final URL and headers axios does not expose.
 */
function recordingFetch(sink: { response?: Response }, signal: AbortSignal) {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let request = input instanceof Request ? input : new Request(input, init);
    if (request.headers.has('user-agent')) {
      const headers = new Headers(request.headers);
      headers.delete('user-agent');
      request = new Request(request, { headers });
    }
    const response = await fetch(request, { ...(input instanceof Request ? init : {}), signal });
    sink.response = response;
    return response;
  };
}

function httpVersionFor(url: string, measured?: string): string {
  if (measured) return measured;
  // Browsers only speak HTTP/2 and /3 over TLS, so a plain http:// answer is HTTP/1.1.
  return url.startsWith('http:') ? 'HTTP/1.1' : 'HTTP';
}

/** axios sends a view's whole buffer: copy only a view that is part of a larger one (a picked file never is). */
function wholeBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return new Uint8Array(bytes).buffer;
}

/** The body's length from Content-Length, when the bytes the page reads are the bytes it counts (no encoding). */
function declaredBodyLength(length: unknown, encoding: unknown): number | undefined {
  if (typeof length !== 'string' || encoding || !/^\d+$/.test(length.trim())) return undefined;
  return Number(length);
}

export class BrowserSender implements Sender {
  readonly id = 'browser' as const;
  readonly label = 'Browser (direct)';
  readonly capabilities = {
    setsForbiddenHeaders: false,
    readsCookies: false,
    timingPhases: false,
    redirectControl: false,
    digestAuth: false,
    ignoresCors: false,
    reportsSentRequest: false,
  };

  async send(prepared: PreparedRequest, signal: AbortSignal, progress?: (p: SendProgress) => void): Promise<ResponseRecord> {
    const method = prepared.method.toUpperCase();
    if (FORBIDDEN_METHODS.has(method)) throw new SendError(transportErrors.forbiddenMethod(method));
    if ((method === 'GET' || method === 'HEAD') && prepared.body && prepared.body.byteLength > 0) {
      throw new SendError({
        code: 'INVALID_REQUEST',
        message: `Browsers cannot send a body with ${method}. Send it through the Local relay, or set the body type to none.`,
      });
    }
    if (prepared.digest || prepared.ntlm) {
      // Sending without the credentials would look like a plain 401: say why instead.
      throw new SendError({
        code: 'INVALID_REQUEST',
        message: prepared.ntlm
          ? 'NTLM needs a three-message handshake on one connection, which a page cannot hold. Send it through the Local relay, or pick another auth type.'
          : 'Digest auth needs a challenge round trip that a page cannot do. Send it through the Local relay, or pick another auth type.',
      });
    }
    const dropped = headersDroppedByBrowser(prepared);
    const headers: Record<string, string> = {};
    for (const h of prepared.headers) {
      if (browserWillDrop(h.name, h.value)) continue;
      // fetch joins repeated request headers with ", " too; doing it here keeps them all.
      const existing = Object.keys(headers).find((k) => k.toLowerCase() === h.name.toLowerCase());
      if (existing) headers[existing] = `${headers[existing]}, ${h.value}`;
      else headers[h.name] = h.value;
    }
    const body = prepared.body ? wholeBuffer(prepared.body) : undefined;

    const startedAt = Date.now();
    const perfStart = performance.now();
    const timeout = prepared.timeoutMs > 0 ? AbortSignal.timeout(prepared.timeoutMs) : undefined;
    const sink: { response?: Response } = {};
    let bytes: Uint8Array;
    let response: AxiosResponse<ReadableStream<Uint8Array> | null>;
    try {
      response = await client.request<ReadableStream<Uint8Array> | null>({
        // fetch rather than XHR: with credentials 'omit' a 401 + WWW-Authenticate cannot open the
        // browser's own login dialog (XHR to the same origin does, and the request then hangs).
        adapter: 'fetch',
        // Cancel and timeout reach fetch directly, and the body comes back as the browser's own
        // stream, read once (readBody): given a signal, a timeout or a progress callback, axios
        // wraps the body in a stream of its own that copies every chunk and adds tasks to a send.
        env: { fetch: recordingFetch(sink, timeout ? AbortSignal.any([signal, timeout]) : signal) },
        withCredentials: 'omit' as unknown as boolean,
        fetchOptions: { cache: 'no-store', redirect: 'follow' },
        method: prepared.method,
        url: prepared.url,
        headers,
        data: body,
        responseType: 'stream',
        validateStatus: () => true,
        withXSRFToken: false,
        transformRequest: [(d: unknown) => d],
        transformResponse: [(d: unknown) => d],
      });
      const declared = declaredBodyLength(response.headers['content-length'], response.headers['content-encoding']);
      bytes = response.data
        ? await readBody(response.data, declared, progress ? (loaded) => progress({ loaded, ...(declared !== undefined ? { total: declared } : {}) }) : undefined)
        : new Uint8Array(0);
    } catch (e) {
      throw await this.classify(e, prepared, signal, timeout);
    }
    const total = performance.now() - perfStart;
    const finalUrl = sink.response?.url || prepared.url;
    const rawHeaders: [string, string][] = sink.response ? [...sink.response.headers.entries()] : [];
    const rt = readResourceTiming(finalUrl, perfStart);
    const contentLength = headerValue(rawHeaders, 'content-length');
    const wireSize =
      rt?.wireSize ?? (contentLength && !headerValue(rawHeaders, 'content-encoding') ? Number(contentLength) : undefined);
    return {
      sender: 'browser',
      url: finalUrl,
      status: response.status,
      statusText: response.statusText,
      httpVersion: httpVersionFor(finalUrl, rt?.httpVersion),
      headers: rawHeaders,
      body: bytes,
      bodySize: bytes.byteLength,
      ...(wireSize !== undefined && Number.isFinite(wireSize) ? { wireSize } : {}),
      ...(rt?.headersSize !== undefined ? { headersSize: rt.headersSize } : {}),
      truncated: false,
      timing: { startedAt, total, ...rt?.phases },
      redirects: [],
      ...(dropped.length ? { droppedHeaders: dropped } : {}),
    };
  }

  private async classify(e: unknown, prepared: PreparedRequest, signal: AbortSignal, timeout?: AbortSignal): Promise<SendError> {
    if (signal.aborted || axios.isCancel(e)) return new SendError(transportErrors.aborted());
    if (timeout?.aborted) return new SendError(transportErrors.timeout(prepared.timeoutMs));
    if (e instanceof AxiosError) {
      if (e.code === AxiosError.ERR_NETWORK) {
        const answered = await probeCors(prepared.url, signal);
        if (signal.aborted) return new SendError(transportErrors.aborted());
        return new SendError(
          answered ? transportErrors.cors(location.origin, e.message) : transportErrors.unreachable(e.message),
        );
      }
      return new SendError({ code: 'UNKNOWN', message: 'The browser could not complete the request.', detail: e.message });
    }
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof DOMException && e.name === 'SecurityError') {
      return new SendError({ code: 'INVALID_REQUEST', message: 'The browser refused to send this request.', detail: message });
    }
    return new SendError({ code: 'UNKNOWN', message: 'The browser could not complete the request.', detail: message });
  }
}
